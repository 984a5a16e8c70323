import { defineMessages } from '../../../lib/i18n'

/** The key inventory export on the users page. */
export const inventoryMessages = defineMessages({
  en: {
    exportButton: 'Export key inventory',
    title: 'Key inventory',
    intro:
      'A CSV file with one row for each Object Storage key of every user of the contract, in the columns {columns}. Dates are in UTC (ISO 8601). The file never holds a secret. A large contract takes a while.',
    csvNote:
      'A user whose keys cannot be read is listed here and marked “not read” in the file, with the reason.',
    start: 'Start',
    cancel: 'Cancel',
    close: 'Close',
    progressLabel: 'Users read',
    listing: 'Listing users… {count} found',
    reading: '{done} of {total} users',
    cancelled: 'Cancelled after {done} of {total} users. No file was made.',
    listFailed: 'The users could not be listed. {reason}',
    done: '{read} of {total} users read, {keys} keys.',
    allRead: 'Every user was read.',
    failedTitle: '{count} users could not be read:',
    failedLine: '{name} ({email}): {reason}',
    download: 'Download CSV',
    retryFailed: 'Read these users again',
    startAgain: 'Start again',
  },
  de: {
    exportButton: 'Schlüsselinventar exportieren',
    title: 'Schlüsselinventar',
    intro:
      'Eine CSV-Datei mit einer Zeile für jeden Object-Storage-Schlüssel aller Benutzer des Vertrags, in den (englisch benannten) Spalten {columns}. Datumsangaben sind in UTC (ISO 8601). Die Datei enthält nie ein Secret. Ein großer Vertrag dauert eine Weile.',
    csvNote:
      'Ein Benutzer, dessen Schlüssel nicht gelesen werden können, wird hier aufgeführt und in der Datei mit dem Grund als „not read“ markiert.',
    start: 'Starten',
    cancel: 'Abbrechen',
    close: 'Schließen',
    progressLabel: 'Gelesene Benutzer',
    listing: 'Benutzer werden aufgelistet… {count} gefunden',
    reading: '{done} von {total} Benutzern',
    cancelled: 'Abgebrochen nach {done} von {total} Benutzern. Es wurde keine Datei erstellt.',
    listFailed: 'Die Benutzer konnten nicht aufgelistet werden. {reason}',
    done: '{read} von {total} Benutzern gelesen, {keys} Schlüssel.',
    allRead: 'Alle Benutzer wurden gelesen.',
    failedTitle: '{count} Benutzer konnten nicht gelesen werden:',
    failedLine: '{name} ({email}): {reason}',
    download: 'CSV herunterladen',
    retryFailed: 'Diese Benutzer erneut lesen',
    startAgain: 'Neu starten',
  },
})

import { defineMessages } from '../../../lib/i18n'

/** Generating a key, what a lost answer left behind, and the secret shown once. */
export const keyCreateMessages = defineMessages({
  en: {
    generateTitle: 'Generate a key',
    generateIntro:
      'The new key is active at once. Its secret key is shown only once, right after it is made.',
    generateNoDescription: 'Without the Object Storage Management API the key gets no description.',
    descriptionLabel: 'Description (optional)',
    descriptionHelp: 'What the key is for. Up to {max} characters.',
    descriptionTooLong: 'Use at most {max} characters (now {count}).',
    descriptionControlCharacters: 'Remove line breaks, tabs and other control characters.',
    generateSubmit: 'Generate',
    generating: 'Generating…',
    generateFailed: 'The key was not generated. {reason}',
    createdNone:
      'No key was created: IONOS gave no clear answer, and your list, read again, shows no new key. {reason} You can try again.',
    createdUnseenOne:
      '1 key was created, but its secret could not be shown: {keys}. Without its secret the key is of no use: delete it, then generate a new one.',
    createdUnseenMany:
      '{count} keys were created, but their secrets could not be shown: {keys}. Without their secrets the keys are of no use: delete them, then generate a new one.',
    deleteUnseenOne: 'Delete this key',
    deleteUnseenMany: 'Delete these {count} keys',
    deletingUnseen: 'Deleting…',
    unseenDeletedOne: 'The key was deleted. You can generate a new one.',
    unseenDeletedMany: 'The {count} keys were deleted. You can generate a new one.',
    unseenDeleteFailed: 'Not every key could be deleted. {reason}',
    generateUncertain:
      'No answer came back from IONOS, so the key may have been created. Check the list before you try again.',
    generateUncertainError:
      'IONOS answered with an error, but the key may have been created anyway. {reason} Check the list before you try again.',
    secretTitle: 'Save your secret key',
    secretWarning:
      'This is the only time the secret key is shown. Copy it or download the key pair now: it can never be shown again.',
    accessKey: 'Access key',
    secretKey: 'Secret key',
    download: 'Download key pair',
    downloadCsv: 'CSV file (Access key ID, Secret access key)',
    downloadEnv: '.env file (AWS variables)',
    envRegion: 'Region for the .env file',
    savedConfirm: 'I have saved the secret key',
    close: 'Close',
    closeHint: 'Tick the box to close: the secret key cannot be shown again.',
  },
  de: {
    generateTitle: 'Schlüssel erzeugen',
    generateIntro:
      'Der neue Schlüssel ist sofort aktiv. Sein Secret wird nur einmal angezeigt, direkt nach dem Erzeugen.',
    generateNoDescription:
      'Ohne die Object Storage Management API bekommt der Schlüssel keine Beschreibung.',
    descriptionLabel: 'Beschreibung (optional)',
    descriptionHelp: 'Wofür der Schlüssel ist. Bis zu {max} Zeichen.',
    descriptionTooLong: 'Verwenden Sie höchstens {max} Zeichen (jetzt {count}).',
    descriptionControlCharacters:
      'Entfernen Sie Zeilenumbrüche, Tabulatoren und andere Steuerzeichen.',
    generateSubmit: 'Erzeugen',
    generating: 'Wird erzeugt…',
    generateFailed: 'Der Schlüssel wurde nicht erzeugt. {reason}',
    createdNone:
      'Es wurde kein Schlüssel erzeugt: IONOS hat nicht eindeutig geantwortet, und Ihre neu gelesene Liste zeigt keinen neuen Schlüssel. {reason} Sie können es erneut versuchen.',
    createdUnseenOne:
      '1 Schlüssel wurde erzeugt, sein Secret konnte aber nicht angezeigt werden: {keys}. Ohne Secret ist der Schlüssel nutzlos: Löschen Sie ihn und erzeugen Sie dann einen neuen.',
    createdUnseenMany:
      '{count} Schlüssel wurden erzeugt, ihre Secrets konnten aber nicht angezeigt werden: {keys}. Ohne Secrets sind die Schlüssel nutzlos: Löschen Sie sie und erzeugen Sie dann einen neuen.',
    deleteUnseenOne: 'Diesen Schlüssel löschen',
    deleteUnseenMany: 'Diese {count} Schlüssel löschen',
    deletingUnseen: 'Wird gelöscht…',
    unseenDeletedOne: 'Der Schlüssel wurde gelöscht. Sie können einen neuen erzeugen.',
    unseenDeletedMany: 'Die {count} Schlüssel wurden gelöscht. Sie können einen neuen erzeugen.',
    unseenDeleteFailed: 'Nicht alle Schlüssel konnten gelöscht werden. {reason}',
    generateUncertain:
      'Von IONOS kam keine Antwort, daher wurde der Schlüssel vielleicht trotzdem erzeugt. Prüfen Sie die Liste, bevor Sie es erneut versuchen.',
    generateUncertainError:
      'IONOS hat mit einem Fehler geantwortet, der Schlüssel wurde aber vielleicht trotzdem erzeugt. {reason} Prüfen Sie die Liste, bevor Sie es erneut versuchen.',
    secretTitle: 'Secret sichern',
    secretWarning:
      'Das Secret wird nur dieses eine Mal angezeigt. Kopieren Sie es oder laden Sie das Schlüsselpaar jetzt herunter: Es kann nie wieder angezeigt werden.',
    accessKey: 'Zugriffsschlüssel',
    secretKey: 'Secret',
    download: 'Schlüsselpaar herunterladen',
    downloadCsv: 'CSV-Datei (Access key ID, Secret access key)',
    downloadEnv: '.env-Datei (AWS-Variablen)',
    envRegion: 'Region für die .env-Datei',
    savedConfirm: 'Ich habe das Secret gesichert',
    close: 'Schließen',
    closeHint:
      'Setzen Sie das Häkchen, um zu schließen: Das Secret kann nicht wieder angezeigt werden.',
  },
})

import { defineMessages } from '../../../lib/i18n'

/** The key list: its header, table, cells, filter and the Active switch. */
export const keyListMessages = defineMessages({
  en: {
    title: 'Object Storage keys',
    tableLabelSelf: 'Your Object Storage keys',
    tableLabelOther: 'Object Storage keys of {owner}',
    counter: '{count} of {max} keys',
    generate: 'Generate key',
    limitReached: 'The limit of {max} keys is reached. Delete a key to generate a new one.',
    managementOff:
      'The Object Storage Management API is turned off in this console, so descriptions, status and secret renewal are not available. Keys and their Active switch work as usual.',
    managementUnreachable:
      'The Object Storage Management API could not be reached, so descriptions, status and secret renewal are not available right now. Keys and their Active switch work as usual.',
    otherUserNote:
      'Descriptions, status and secret renewal are only available to the key’s owner, in their own console.',
    loading: 'Loading keys…',
    loadFailed: 'The keys could not be loaded. {reason}',
    emptyTitle: 'No keys yet',
    emptyBodySelf:
      'Generate your first key to use Object Storage with S3 tools. Its secret key is shown once, right after it is made.',
    emptyBodyOther: '{owner} has no Object Storage keys yet.',
    filterLabel: 'Filter by access key or description',
    filterLabelKeyOnly: 'Filter by access key',
    noMatch: 'No key matches “{filter}”.',
    columnAccessKey: 'Access key',
    columnDescription: 'Description',
    columnActive: 'Active',
    columnStatus: 'Status',
    columnCreated: 'Created',
    columnActions: 'Actions',
    statusPROVISIONING: 'Provisioning',
    statusAVAILABLE: 'Available',
    statusFAILED: 'Failed',
    statusDESTROYING: 'Being deleted',
    statusUnknown: 'Unknown',
    legacy: 'Legacy',
    legacyHint: 'Made before 25 April 2024: works with user-owned buckets only.',
    administrative: 'Administrative',
    administrativeHint: 'An administrative key can create buckets and set bucket policies.',
    noDescription: 'No description',
    createdUnknown: 'Unknown',
    accessKeyNamed: 'access key {key}',
    activeLabel: 'Active: {key}',
    activeUnknown: 'Unknown',
    activeUnknownLabel: 'Active: {key}: not known yet',
    activeUnknownHint:
      'The Cloud API has not said yet whether this key is active. Switching it and rotating it wait until it does; the list checks again by itself.',
    deleteLabel: 'Delete key {key}',
    editLabel: 'Edit description of key {key}',
    renewLabel: 'Renew secret of key {key}',
    activated: 'Key {key} is active.',
    deactivated: 'Key {key} is deactivated.',
    activateFailed: 'Key {key} could not be activated and stays inactive. {reason}',
    deactivateFailed: 'Key {key} could not be deactivated and stays active. {reason}',
    keyGone: 'Key {key} no longer exists: it was deleted elsewhere, for example in another tab.',
    activateUncertain:
      'IONOS did not confirm that key {key} is active. {reason} Check the list: it shows what IONOS holds now.',
    deactivateUncertain:
      'IONOS did not confirm that key {key} is deactivated. {reason} Check the list: it shows what IONOS holds now.',
  },
  de: {
    title: 'Object-Storage-Schlüssel',
    tableLabelSelf: 'Ihre Object-Storage-Schlüssel',
    tableLabelOther: 'Object-Storage-Schlüssel von {owner}',
    counter: '{count} von {max} Schlüsseln',
    generate: 'Schlüssel erzeugen',
    limitReached:
      'Die Grenze von {max} Schlüsseln ist erreicht. Löschen Sie einen Schlüssel, um einen neuen zu erzeugen.',
    managementOff:
      'Die Object Storage Management API ist in dieser Konsole ausgeschaltet, daher gibt es keine Beschreibungen, keinen Status und keine Erneuerung des Secrets. Schlüssel und ihr Aktiv-Schalter funktionieren wie gewohnt.',
    managementUnreachable:
      'Die Object Storage Management API ist nicht erreichbar, daher gibt es gerade keine Beschreibungen, keinen Status und keine Erneuerung des Secrets. Schlüssel und ihr Aktiv-Schalter funktionieren wie gewohnt.',
    otherUserNote:
      'Beschreibungen, Status und die Erneuerung des Secrets sieht nur die Person, der der Schlüssel gehört, in ihrer eigenen Konsole.',
    loading: 'Schlüssel werden geladen…',
    loadFailed: 'Die Schlüssel konnten nicht geladen werden. {reason}',
    emptyTitle: 'Noch keine Schlüssel',
    emptyBodySelf:
      'Erzeugen Sie Ihren ersten Schlüssel, um Object Storage mit S3-Werkzeugen zu nutzen. Sein Secret wird einmal angezeigt, direkt nach dem Erzeugen.',
    emptyBodyOther: '{owner} hat noch keine Object-Storage-Schlüssel.',
    filterLabel: 'Nach Zugriffsschlüssel oder Beschreibung filtern',
    filterLabelKeyOnly: 'Nach Zugriffsschlüssel filtern',
    noMatch: 'Kein Schlüssel passt zu „{filter}“.',
    columnAccessKey: 'Zugriffsschlüssel',
    columnDescription: 'Beschreibung',
    columnActive: 'Aktiv',
    columnStatus: 'Status',
    columnCreated: 'Erstellt',
    columnActions: 'Aktionen',
    statusPROVISIONING: 'Wird bereitgestellt',
    statusAVAILABLE: 'Verfügbar',
    statusFAILED: 'Fehlgeschlagen',
    statusDESTROYING: 'Wird gelöscht',
    statusUnknown: 'Unbekannt',
    legacy: 'Alt',
    legacyHint: 'Vor dem 25. April 2024 erstellt: gilt nur für Buckets im Besitz des Benutzers.',
    administrative: 'Administrativ',
    administrativeHint:
      'Ein administrativer Schlüssel kann Buckets anlegen und Bucket-Richtlinien setzen.',
    noDescription: 'Keine Beschreibung',
    createdUnknown: 'Unbekannt',
    accessKeyNamed: 'Zugriffsschlüssel {key}',
    activeLabel: 'Aktiv: {key}',
    activeUnknown: 'Unbekannt',
    activeUnknownLabel: 'Aktiv: {key}: noch nicht bekannt',
    activeUnknownHint:
      'Die Cloud API hat noch nicht gemeldet, ob dieser Schlüssel aktiv ist. Ein- und Ausschalten und Rotieren warten darauf; die Liste prüft von selbst erneut.',
    deleteLabel: 'Schlüssel {key} löschen',
    editLabel: 'Beschreibung von Schlüssel {key} bearbeiten',
    renewLabel: 'Secret von Schlüssel {key} erneuern',
    activated: 'Schlüssel {key} ist aktiv.',
    deactivated: 'Schlüssel {key} ist deaktiviert.',
    activateFailed: 'Schlüssel {key} konnte nicht aktiviert werden und bleibt inaktiv. {reason}',
    deactivateFailed: 'Schlüssel {key} konnte nicht deaktiviert werden und bleibt aktiv. {reason}',
    keyGone:
      'Schlüssel {key} existiert nicht mehr: Er wurde anderswo gelöscht, zum Beispiel in einem anderen Tab.',
    activateUncertain:
      'IONOS hat nicht bestätigt, dass Schlüssel {key} aktiv ist. {reason} Prüfen Sie die Liste: Sie zeigt, was bei IONOS gespeichert ist.',
    deactivateUncertain:
      'IONOS hat nicht bestätigt, dass Schlüssel {key} deaktiviert ist. {reason} Prüfen Sie die Liste: Sie zeigt, was bei IONOS gespeichert ist.',
  },
})

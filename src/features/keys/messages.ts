import { defineMessages } from '../../lib/i18n'

export const keyMessages = defineMessages({
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
    deleteTitle: 'Delete key {key}?',
    deleteBody:
      'Any access with this key is revoked at once and cannot be restored. Applications that use it stop working.',
    onlyKeyRule:
      'This is the only key. IONOS does not delete the only key of a user who has buckets, and the console cannot see buckets. The ways out:',
    onlyKeyDeactivate: 'Deactivate it instead',
    onlyKeyGenerate: 'Generate a new key first',
    onlyKeyNoBuckets: 'Without buckets (or after deleting them) the key can be deleted.',
    deleteConfirm: 'Delete key',
    deleting: 'Deleting…',
    deleted: 'Key {key} is deleted.',
    deleteRefused: 'The key was not deleted. {reason}',
    deleteUncertain:
      'IONOS did not confirm that the key is deleted. {reason} Check the list: it shows what IONOS holds now.',
    deactivateTitle: 'Deactivate the last active key?',
    deactivateBody:
      'Key {key} is the only active key. While no key is active, all access to the buckets is lost; the objects stay and are still charged. Access returns when a key is active again.',
    deactivateConfirm: 'Deactivate',
    editTitle: 'Edit description',
    editIntro: 'Key {key}',
    description: 'Description',
    save: 'Save',
    saving: 'Saving…',
    saveFailed: 'The description was not saved. {reason}',
    saveUncertain:
      'IONOS did not confirm that the description is saved. {reason} Check the list: it shows what IONOS holds now.',
    descriptionSaved: 'The description of key {key} is saved.',
    renewTitle: 'Renew the secret of key {key}?',
    renewBody:
      'A new secret key replaces the current one. The current secret stops working at once: every application that uses it needs the new one.',
    renewConfirm: 'Renew secret',
    renewing: 'Renewing…',
    renewFailed: 'The secret was not renewed. {reason}',
    renewUncertain:
      'IONOS did not confirm the renewal, so the secret may have been renewed and the current one may no longer work. {reason} Renew again to get a secret you can see.',
    idsTitle: 'Your IDs for sharing buckets',
    idsTitleOther: 'IDs for sharing buckets',
    canonicalUserId: 'Canonical user ID',
    canonicalHelp: 'For sharing user-owned buckets.',
    canonicalPending: 'The canonical user ID appears here once the first key is generated.',
    idPendingReady: 'Appears after the first key is ready.',
    canonicalFailed: 'The canonical user ID could not be loaded. {reason}',
    contractUserId: 'Contract user ID',
    contractHelp: 'For sharing contract-owned buckets.',
    endpointsTitle: 'S3 endpoints',
    endpointsIntro:
      'Point S3 tools and SDKs at one of these endpoints. Legacy keys work only where user-owned buckets are supported.',
    endpointsFailed: 'The endpoints could not be loaded. {reason}',
    endpointNamed: 'endpoint {region}',
    noPrivilegeTitle: 'Object Storage is not enabled for your account',
    noPrivilegeBody:
      'Generating and using keys needs the “Use Object Storage” privilege, which comes with a group that has it. A contract owner or administrator can add you to such a group.',
    noPrivilegeNextStep:
      'What to do: ask an administrator of your contract for “Use Object Storage”. Once they have added you to a group with it, you can generate your keys here.',
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
    deleteTitle: 'Schlüssel {key} löschen?',
    deleteBody:
      'Jeder Zugriff mit diesem Schlüssel wird sofort widerrufen und kann nicht wiederhergestellt werden. Anwendungen, die ihn nutzen, funktionieren dann nicht mehr.',
    onlyKeyRule:
      'Das ist der einzige Schlüssel. IONOS löscht den einzigen Schlüssel eines Benutzers mit Buckets nicht, und die Konsole kann Buckets nicht sehen. Die Auswege:',
    onlyKeyDeactivate: 'Stattdessen deaktivieren',
    onlyKeyGenerate: 'Erst einen neuen Schlüssel erzeugen',
    onlyKeyNoBuckets:
      'Ohne Buckets (oder nachdem sie gelöscht sind) lässt sich der Schlüssel löschen.',
    deleteConfirm: 'Schlüssel löschen',
    deleting: 'Wird gelöscht…',
    deleted: 'Schlüssel {key} ist gelöscht.',
    deleteRefused: 'Der Schlüssel wurde nicht gelöscht. {reason}',
    deleteUncertain:
      'IONOS hat nicht bestätigt, dass der Schlüssel gelöscht ist. {reason} Prüfen Sie die Liste: Sie zeigt, was bei IONOS gespeichert ist.',
    deactivateTitle: 'Den letzten aktiven Schlüssel deaktivieren?',
    deactivateBody:
      'Schlüssel {key} ist der einzige aktive Schlüssel. Solange kein Schlüssel aktiv ist, gibt es keinen Zugriff auf die Buckets; die Objekte bleiben erhalten und werden weiter berechnet. Der Zugriff kehrt zurück, sobald wieder ein Schlüssel aktiv ist.',
    deactivateConfirm: 'Deaktivieren',
    editTitle: 'Beschreibung bearbeiten',
    editIntro: 'Schlüssel {key}',
    description: 'Beschreibung',
    save: 'Speichern',
    saving: 'Wird gespeichert…',
    saveFailed: 'Die Beschreibung wurde nicht gespeichert. {reason}',
    saveUncertain:
      'IONOS hat nicht bestätigt, dass die Beschreibung gespeichert ist. {reason} Prüfen Sie die Liste: Sie zeigt, was bei IONOS gespeichert ist.',
    descriptionSaved: 'Die Beschreibung von Schlüssel {key} ist gespeichert.',
    renewTitle: 'Secret von Schlüssel {key} erneuern?',
    renewBody:
      'Ein neues Secret ersetzt das bisherige. Das bisherige Secret funktioniert sofort nicht mehr: Jede Anwendung, die es nutzt, braucht das neue.',
    renewConfirm: 'Secret erneuern',
    renewing: 'Wird erneuert…',
    renewFailed: 'Das Secret wurde nicht erneuert. {reason}',
    renewUncertain:
      'IONOS hat die Erneuerung nicht bestätigt: Das Secret wurde vielleicht erneuert, und das bisherige funktioniert dann nicht mehr. {reason} Erneuern Sie es noch einmal, um ein Secret zu sehen.',
    idsTitle: 'Ihre IDs zum Teilen von Buckets',
    idsTitleOther: 'IDs zum Teilen von Buckets',
    canonicalUserId: 'Kanonische Benutzer-ID',
    canonicalHelp: 'Zum Teilen von Buckets im Besitz des Benutzers.',
    canonicalPending:
      'Die kanonische Benutzer-ID erscheint hier, sobald der erste Schlüssel erzeugt ist.',
    idPendingReady: 'Erscheint, sobald der erste Schlüssel bereit ist.',
    canonicalFailed: 'Die kanonische Benutzer-ID konnte nicht geladen werden. {reason}',
    contractUserId: 'Vertrags-Benutzer-ID',
    contractHelp: 'Zum Teilen von Buckets im Besitz des Vertrags.',
    endpointsTitle: 'S3-Endpunkte',
    endpointsIntro:
      'Richten Sie S3-Werkzeuge und SDKs auf einen dieser Endpunkte. Alte Schlüssel funktionieren nur dort, wo Buckets im Besitz des Benutzers unterstützt werden.',
    endpointsFailed: 'Die Endpunkte konnten nicht geladen werden. {reason}',
    endpointNamed: 'Endpunkt {region}',
    noPrivilegeTitle: 'Object Storage ist für Ihr Konto nicht freigeschaltet',
    noPrivilegeBody:
      'Zum Erzeugen und Nutzen von Schlüsseln brauchen Sie die Berechtigung „Use Object Storage“, die eine Gruppe mit dieser Berechtigung verleiht. Ein Vertragsinhaber oder Administrator kann Sie in eine solche Gruppe aufnehmen.',
    noPrivilegeNextStep:
      'So geht es weiter: Bitten Sie einen Administrator Ihres Vertrags um „Use Object Storage“. Sobald er Sie in eine Gruppe mit dieser Berechtigung aufgenommen hat, können Sie hier Ihre Schlüssel erzeugen.',
  },
})

export type KeyMessageKey = keyof typeof keyMessages.en

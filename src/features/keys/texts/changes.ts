import { defineMessages } from '../../../lib/i18n'

/** Deleting a key, deactivating the last active one, its description and renewing its secret. */
export const keyChangeMessages = defineMessages({
  en: {
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
  },
  de: {
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
  },
})

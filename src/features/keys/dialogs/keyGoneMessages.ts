import { defineMessages } from '../../../lib/i18n'

/** What a dialog says when the key it acts on no longer exists (404, or the API's 422/409). */
export const keyGoneMessages = defineMessages({
  en: {
    keyGone:
      'Key {key} no longer exists: it was deleted, for example in another tab or by an administrator. The list now shows the keys that exist.',
    descriptionKept:
      'Your description was not saved. It is still in the field: copy it if you want it for another key.',
    renewNotDone: 'No secret was renewed.',
    typedDescription: 'the description you typed',
  },
  de: {
    keyGone:
      'Schlüssel {key} existiert nicht mehr: Er wurde gelöscht, zum Beispiel in einem anderen Tab oder von einem Administrator. Die Liste zeigt jetzt die vorhandenen Schlüssel.',
    descriptionKept:
      'Ihre Beschreibung wurde nicht gespeichert. Sie steht noch im Feld: Kopieren Sie sie, wenn Sie sie für einen anderen Schlüssel verwenden möchten.',
    renewNotDone: 'Es wurde kein Secret erneuert.',
    typedDescription: 'die eingegebene Beschreibung',
  },
})

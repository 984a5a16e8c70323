import { defineMessages } from '../../../lib/i18n'

/** Bulk actions on the all-keys page. */
export const bulkMessages = defineMessages({
  en: {
    deactivateTitle: 'Deactivate {count} keys?',
    activateTitle: 'Activate {count} keys?',
    deleteTitle: 'Delete {count} keys?',
    deactivateBody:
      'Applications that use these keys lose access to the buckets at once. The keys and the buckets stay; a key can be activated again later.',
    activateBody: 'Applications with these keys can reach the buckets again.',
    deleteBody:
      'Deleted keys cannot be restored. Applications that use them lose access to the buckets for good.',
    unchanged: '{count} selected keys already are in that state and are left alone.',
    warnDeactivate:
      'These users are left without an active key, so without any access to their buckets: {names}',
    warnDelete:
      'These users are left without any key. IONOS refuses to delete the only key of a user who has buckets; such a key is reported as not deleted: {names}',
    keysLabel: 'Keys',
    confirmDeactivate: 'Deactivate {count}',
    confirmActivate: 'Activate {count}',
    confirmDelete: 'Delete {count}',
    cancel: 'Cancel',
    running: '{done} of {count} done…',
    resultTitle: 'Result',
    summary: '{done} of {count} keys done, {failed} failed.',
    allDone: 'All {count} keys done. The list shows what the server now says.',
    keyDone: '{key} ({name}): done',
    keyFailed: '{key} ({name}): failed. {reason}',
    keyPending: '{key} ({name}): waiting',
    retryFailed: 'Retry the failed keys',
    close: 'Close',
  },
  de: {
    deactivateTitle: '{count} Schlüssel deaktivieren?',
    activateTitle: '{count} Schlüssel aktivieren?',
    deleteTitle: '{count} Schlüssel löschen?',
    deactivateBody:
      'Anwendungen, die diese Schlüssel nutzen, verlieren sofort den Zugriff auf die Buckets. Schlüssel und Buckets bleiben erhalten; ein Schlüssel lässt sich später wieder aktivieren.',
    activateBody: 'Anwendungen mit diesen Schlüsseln erreichen die Buckets wieder.',
    deleteBody:
      'Gelöschte Schlüssel lassen sich nicht wiederherstellen. Anwendungen, die sie nutzen, verlieren den Zugriff auf die Buckets endgültig.',
    unchanged:
      '{count} ausgewählte Schlüssel sind schon in diesem Zustand und bleiben unverändert.',
    warnDeactivate:
      'Diese Benutzer haben danach keinen aktiven Schlüssel mehr und damit keinen Zugriff auf ihre Buckets: {names}',
    warnDelete:
      'Diese Benutzer haben danach keinen Schlüssel mehr. IONOS lehnt es ab, den einzigen Schlüssel eines Benutzers mit Buckets zu löschen; ein solcher Schlüssel wird als nicht gelöscht gemeldet: {names}',
    keysLabel: 'Schlüssel',
    confirmDeactivate: '{count} deaktivieren',
    confirmActivate: '{count} aktivieren',
    confirmDelete: '{count} löschen',
    cancel: 'Abbrechen',
    running: '{done} von {count} erledigt…',
    resultTitle: 'Ergebnis',
    summary: '{done} von {count} Schlüsseln erledigt, {failed} fehlgeschlagen.',
    allDone: 'Alle {count} Schlüssel erledigt. Die Liste zeigt, was der Server jetzt meldet.',
    keyDone: '{key} ({name}): erledigt',
    keyFailed: '{key} ({name}): fehlgeschlagen. {reason}',
    keyPending: '{key} ({name}): wartet',
    retryFailed: 'Fehlgeschlagene Schlüssel erneut versuchen',
    close: 'Schließen',
  },
})

import { defineMessages } from '../../../../lib/i18n'

/** Offboarding: every active key of a user switched off, with a result per key. */
export const offboardingMessages = defineMessages({
  en: {
    deactivateAllTitle: 'Deactivate all {count} active keys of {name}?',
    deactivateAllBody:
      'Every application that uses these keys loses access to the buckets at once. The keys and the buckets stay; a key can be activated again later.',
    deactivateAllKeys: 'Keys to deactivate: {keys}',
    deactivateAllConfirm: 'Deactivate all',
    deactivateAllRunning: 'Deactivating {done} of {count}…',
    deactivateAllResultTitle: 'Keys of {name}',
    deactivateAllSummary: '{succeeded} of {count} keys deactivated, {failed} failed.',
    deactivateAllDone: 'All {count} keys of {name} are deactivated.',
    keyDeactivated: '{key}: deactivated',
    keyFailed: '{key}: not deactivated. {reason}',
    keyPending: '{key}: waiting',
    retryFailed: 'Retry the failed keys',
    close: 'Close',
    cancel: 'Cancel',
  },
  de: {
    deactivateAllTitle: 'Alle {count} aktiven Schlüssel von {name} deaktivieren?',
    deactivateAllBody:
      'Jede Anwendung, die diese Schlüssel nutzt, verliert sofort den Zugriff auf die Buckets. Schlüssel und Buckets bleiben erhalten; ein Schlüssel lässt sich später wieder aktivieren.',
    deactivateAllKeys: 'Zu deaktivierende Schlüssel: {keys}',
    deactivateAllConfirm: 'Alle deaktivieren',
    deactivateAllRunning: 'Wird deaktiviert: {done} von {count}…',
    deactivateAllResultTitle: 'Schlüssel von {name}',
    deactivateAllSummary:
      '{succeeded} von {count} Schlüsseln deaktiviert, {failed} fehlgeschlagen.',
    deactivateAllDone: 'Alle {count} Schlüssel von {name} sind deaktiviert.',
    keyDeactivated: '{key}: deaktiviert',
    keyFailed: '{key}: nicht deaktiviert. {reason}',
    keyPending: '{key}: wartet',
    retryFailed: 'Fehlgeschlagene Schlüssel erneut versuchen',
    close: 'Schließen',
    cancel: 'Abbrechen',
  },
})

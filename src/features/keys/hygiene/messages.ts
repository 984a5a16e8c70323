import { defineMessages } from '../../../lib/i18n'

/** What the key list shows for hygiene: the age hint, rotate, resume, deactivate all. */
export const hygieneMessages = defineMessages({
  en: {
    dueForRotation: 'Over {days} days old: rotate it',
    overRotationAge: 'Over {days} days old',
    rotateNeedsActive: 'Only an active key can be rotated: switch it on first.',
    rotateNeedsReady: 'This key can be rotated once IONOS has finished with it.',
    deactivateAll: 'Deactivate all keys',
    rotateLabel: 'Rotate key {key}',
    resumeBanner: 'The rotation of key {key} is not finished.',
    resume: 'Continue rotation',
    discard: 'Discard',
  },
  de: {
    dueForRotation: 'Älter als {days} Tage: rotieren',
    overRotationAge: 'Älter als {days} Tage',
    rotateNeedsActive:
      'Nur ein aktiver Schlüssel kann rotiert werden: Schalten Sie ihn zuerst ein.',
    rotateNeedsReady: 'Dieser Schlüssel kann rotiert werden, sobald IONOS mit ihm fertig ist.',
    deactivateAll: 'Alle Schlüssel deaktivieren',
    rotateLabel: 'Schlüssel {key} rotieren',
    resumeBanner: 'Die Rotation von Schlüssel {key} ist nicht abgeschlossen.',
    resume: 'Rotation fortsetzen',
    discard: 'Verwerfen',
  },
})

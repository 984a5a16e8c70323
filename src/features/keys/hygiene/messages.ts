import { defineMessages } from '../../../lib/i18n'

/** What the key list shows for hygiene: the age hint, rotate, resume, deactivate all. */
export const hygieneMessages = defineMessages({
  en: {
    dueForRotation: 'Over {days} days old: rotate it',
    deactivateAll: 'Deactivate all keys',
    rotateLabel: 'Rotate key {key}',
    resumeBanner: 'The rotation of key {key} is not finished.',
    resume: 'Continue rotation',
    discard: 'Discard',
  },
  de: {
    dueForRotation: 'Älter als {days} Tage: rotieren',
    deactivateAll: 'Alle Schlüssel deaktivieren',
    rotateLabel: 'Schlüssel {key} rotieren',
    resumeBanner: 'Die Rotation von Schlüssel {key} ist nicht abgeschlossen.',
    resume: 'Rotation fortsetzen',
    discard: 'Verwerfen',
  },
})

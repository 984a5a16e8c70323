import { defineMessages } from '../lib/i18n'

export const componentMessages = defineMessages({
  en: {
    copy: 'Copy {what}',
    copied: '{what} copied. The clipboard keeps it until you copy something else.',
    copyFailed: 'Could not copy {what}. Select it and copy it by hand.',
    retry: 'Try again',
  },
  de: {
    copy: '{what} kopieren',
    copied: '{what} kopiert. Die Zwischenablage behält den Wert, bis Sie etwas anderes kopieren.',
    copyFailed: '{what} konnte nicht kopiert werden. Markieren und kopieren Sie den Wert von Hand.',
    retry: 'Erneut versuchen',
  },
})

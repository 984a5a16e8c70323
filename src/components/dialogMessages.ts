import { defineMessages } from '../lib/i18n'

/** The texts of the dialog frames, apart from the rest: they load with the dialogs, not the page. */
export const dialogMessages = defineMessages({
  en: {
    cancel: 'Cancel',
    showSecret: 'Show secret key',
    hideSecret: 'Hide secret key',
    secretHidden: 'Hidden',
  },
  de: {
    cancel: 'Abbrechen',
    showSecret: 'Secret anzeigen',
    hideSecret: 'Secret verbergen',
    secretHidden: 'Verborgen',
  },
})

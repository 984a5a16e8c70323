import { defineMessages } from '../../lib/i18n'
import { keyListMessages } from './texts/list'
import { keyCreateMessages } from './texts/create'
import { keyChangeMessages } from './texts/changes'
import { keyAccountMessages } from './texts/account'

/**
 * The keys feature's texts, one catalog per part in ./texts, joined for the components: each asks
 * for its texts by name, wherever they are kept.
 */
export const keyMessages = defineMessages({
  en: {
    ...keyListMessages.en,
    ...keyCreateMessages.en,
    ...keyChangeMessages.en,
    ...keyAccountMessages.en,
  },
  de: {
    ...keyListMessages.de,
    ...keyCreateMessages.de,
    ...keyChangeMessages.de,
    ...keyAccountMessages.de,
  },
})

export type KeyMessageKey = keyof typeof keyMessages.en

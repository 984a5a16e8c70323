import { defineMessages } from '../../../lib/i18n'

/** A key's regions, in its row: as the management API lists them for that key. */
export const regionMessages = defineMessages({
  en: {
    regions: 'Regions: {regions}',
  },
  de: {
    regions: 'Regionen: {regions}',
  },
})

import { defineMessages } from '../../../lib/i18n'

/** Texts of the key list's smaller parts, beside the main catalog (../messages.ts and ../texts). */
export const keyPartMessages = defineMessages({
  en: {
    wholeAccessKey: 'Access key',
    endpointLegacyYes: 'Legacy keys work here',
    endpointLegacyNo: 'Not for legacy keys',
  },
  de: {
    wholeAccessKey: 'Zugriffsschlüssel',
    endpointLegacyYes: 'Alte Schlüssel funktionieren hier',
    endpointLegacyNo: 'Nicht für alte Schlüssel',
  },
})

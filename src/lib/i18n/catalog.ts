export const LOCALES = ['en', 'de'] as const
export type Locale = (typeof LOCALES)[number]

export type MessageParams = Record<string, string | number>

/**
 * A feature's messages in every language. German must have exactly the English keys, so a missing
 * translation is a type error; `catalog.test.ts` checks the same at run time for every catalog.
 */
export interface Catalog<Key extends string> {
  en: Record<Key, string>
  de: Record<Key, string>
}

export function defineMessages<const Key extends string>(catalog: Catalog<Key>): Catalog<Key> {
  return catalog
}

/** Replaces `{name}` placeholders; a number is formatted for the language. */
export function interpolate(template: string, params: MessageParams | undefined, locale: Locale) {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value
  })
}

export function matchLocale(candidates: readonly string[]): Locale {
  for (const candidate of candidates) {
    const language = candidate.toLowerCase().split('-')[0]
    const match = LOCALES.find((locale) => locale === language)
    if (match) return match
  }
  return 'en'
}

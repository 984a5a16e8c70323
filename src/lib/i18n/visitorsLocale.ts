import { readPreference } from '../browser/preferences'
import { LOCALES, matchLocale, type Locale } from './catalog'

/*
 * The one rule for the language a visitor gets. The head script of a pre-rendered page applies it
 * before the first paint (src/boot/head.ts) and the app as it starts (LocaleProvider): both must
 * agree, or the app would replace the page it was meant to take over. Kept free of React, so that
 * the head script stays small.
 */

/** The saved choice when it is a language of ours, else the browser's first one we have, else English. */
export function visitorsLocale(saved: string | null, asked: readonly string[]): Locale {
  return LOCALES.find((locale) => locale === saved) ?? matchLocale(asked)
}

/** The language a page opens in, by that rule, from this browser's saved choice and languages. */
export function initialLocale(): Locale {
  return visitorsLocale(readPreference('locale'), navigator.languages ?? [navigator.language])
}

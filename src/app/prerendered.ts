import { initialLocale, type Locale } from '../lib/i18n'
import { savedSessionToken } from '../lib/session'

/*
 * Pages whose HTML is rendered at build time (scripts/prerender-plugin.ts), so that they paint
 * before the JavaScript has arrived. Only pages that look the same for every visitor qualify: the
 * sign-in page, signed out, in English. The signed-in pages depend on who is signed in.
 */
export const PRERENDERED_PATHS = ['/login'] as const
export const PRERENDER_LOCALE: Locale = 'en'

/**
 * Whether React may take over the pre-rendered HTML as it is (hydrate), which holds when this
 * visitor's first render is the one made at build time. Otherwise (a saved session, another
 * language) the page renders afresh and replaces it.
 */
export function canHydrate(root: HTMLElement): boolean {
  return (
    root.dataset.prerendered === window.location.pathname &&
    savedSessionToken() === null &&
    initialLocale() === PRERENDER_LOCALE
  )
}

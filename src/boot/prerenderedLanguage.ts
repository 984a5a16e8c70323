// Not the i18n folder's index: this module is also in the head script, which must stay small.
import { LOCALES, type Locale } from '../lib/i18n/catalog'
import { initialLocale } from '../lib/i18n/visitorsLocale'

/*
 * A pre-rendered page is in the first language in its #root, and in each other language in a
 * <template> after it. The head script (showVisitorsLanguage) moves the visitor's language into
 * #root before the first paint, so that a German visitor never sees the English page first, and
 * React then hydrates the page in that language.
 */

/** The language of the pre-rendered markup in #root. */
export const PRERENDER_LOCALE: Locale = 'en'

/** The languages each pre-rendered page also carries, in a <template>. */
export const TEMPLATE_LOCALES = LOCALES.filter((locale) => locale !== PRERENDER_LOCALE)

const TEMPLATE_ID_PREFIX = 'prerendered-'

/** The id of the <template> that holds a page in `locale`. */
export const prerenderedTemplateId = (locale: Locale) => TEMPLATE_ID_PREFIX + locale

/** On #root once the head script has put the page in another language there. */
const ROOT_LOCALE_ATTRIBUTE = 'data-prerendered-locale'

/** On <html> while the page waits for its markup in the visitor's language; #root is hidden. */
export const LOCALE_PENDING_ATTRIBUTE = 'data-prerendered-locale-pending'

/** The language of the pre-rendered markup in `root`, as the head script left it. */
export function prerenderedLocale(root: HTMLElement): Locale {
  const moved = root.getAttribute(ROOT_LOCALE_ATTRIBUTE)
  return LOCALES.find((locale) => locale === moved) ?? PRERENDER_LOCALE
}

/**
 * For the head script (./head.ts): if the visitor's language (by the app's own rule) is not the
 * first one, puts its template in #root once the parser has passed the template (the node after
 * it is there). A MutationObserver runs before the browser paints what the parser added, and #root
 * stays hidden until then; at the latest the move happens when the document is parsed.
 */
export function showVisitorsLanguage(): void {
  const locale = initialLocale()
  if (locale === PRERENDER_LOCALE) return
  const html = document.documentElement
  html.setAttribute(LOCALE_PENDING_ATTRIBUTE, '')
  const move = (): boolean => {
    const template = document.getElementById(prerenderedTemplateId(locale))
    const root = document.getElementById('root')
    if (!(template instanceof HTMLTemplateElement) || !template.nextSibling) return false
    if (!root?.hasAttribute('data-prerendered')) return false
    root.replaceChildren(template.content)
    template.remove()
    root.setAttribute(ROOT_LOCALE_ATTRIBUTE, locale)
    html.lang = locale
    html.removeAttribute(LOCALE_PENDING_ATTRIBUTE)
    return true
  }
  const observer = new MutationObserver(() => {
    if (move()) observer.disconnect()
  })
  observer.observe(html, { childList: true, subtree: true })
  document.addEventListener('DOMContentLoaded', () => {
    observer.disconnect()
    move()
    html.removeAttribute(LOCALE_PENDING_ATTRIBUTE)
  })
}

import { initialLocale } from '../lib/i18n'
import { startingStatus, type StartingStatus } from '../lib/session'
import { PAGES, type Page } from '../app/pages'
import { prerenderedLocale } from './prerenderedLanguage'

export { PRERENDER_LOCALE, prerenderedLocale } from './prerenderedLanguage'
export { SAVED_SESSION_ATTRIBUTE } from './savedSession'

/*
 * Pages whose HTML is rendered at build time (scripts/prerender-plugin.ts), so that they paint
 * before the JavaScript has arrived: those with `prerendered` in the page table (./pages.ts), each
 * as its first render looks for every visitor it fits: the sign-in page signed out; My keys and
 * Users & groups while a saved session is being confirmed, which is a frame with the page's
 * heading and introduction (nothing that depends on who is signed in). In English in #root, and
 * in each other language in a <template> that the head script puts in its place for a visitor of
 * that language (src/boot/prerenderedLanguage.ts).
 */
type PrerenderedPage = Extract<Page, { prerendered: StartingStatus }>
export type PrerenderedPath = PrerenderedPage['path']

export const PRERENDERED_PAGES = Object.fromEntries(
  PAGES.filter((page): page is PrerenderedPage => 'prerendered' in page).map((page) => [
    page.path,
    page.prerendered,
  ]),
) as Record<PrerenderedPath, StartingStatus>

export const PRERENDERED_PATHS = Object.keys(PRERENDERED_PAGES) as PrerenderedPath[]

/**
 * Whether React may take over the pre-rendered HTML as it is (hydrate), which holds when this
 * visitor's first render is the one made at build time, in the language the head script left in
 * #root. Otherwise (signed out on a signed-in page or the reverse, a language chosen in another tab
 * since) the page renders afresh and replaces it.
 */
export function canHydrate(root: HTMLElement): boolean {
  const page = root.dataset.prerendered
  return (
    page === window.location.pathname &&
    fitsThisSession(page) &&
    initialLocale() === prerenderedLocale(root)
  )
}

/**
 * Before a fresh render: a pre-rendered page that did not fit this visitor's session is hidden,
 * and goes at once; one that did (another language) stays until React replaces it.
 */
export function releasePrerendered(root: HTMLElement): void {
  const page = root.dataset.prerendered
  if (page === undefined) return
  if (!fitsThisSession(page)) root.replaceChildren()
  delete root.dataset.prerendered
}

/** Whether `page` was rendered in the session state this tab starts in (what its style assumes). */
function fitsThisSession(page: string): boolean {
  return isPrerendered(page) && PRERENDERED_PAGES[page] === startingStatus()
}

function isPrerendered(path: string): path is PrerenderedPath {
  return Object.hasOwn(PRERENDERED_PAGES, path)
}

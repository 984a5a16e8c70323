/*
 * The console's pages, in one table. Adding a page is one entry here plus its component, the export
 * of the same name in src/app/routes/<component>.tsx. The router, the main navigation, the warm-up
 * after sign-in, pre-rendering and the build plugin that names a page's code up front all read it,
 * and every link to a page is built by `paths`.
 *
 * Data only, no component and no feature: the entry bundle carries it, and features may import it
 * for their links (the one part of src/app they may import, see eslint.config.js).
 */
import { matchRoutes, type PathParam } from 'react-router'
import type { StartingStatus } from '../../lib/session'

interface PageEntry {
  id: string
  /** The URL path; `:name` is a parameter, `/:tab` at the end one of `tabs`. */
  path: string
  /**
   * Who may open it: visitors (the sign-in), anybody signed in, or administrators only; other
   * users see "Not permitted" there, and are not offered its link.
   */
  audience: 'visitors' | 'signed-in' | 'administrators'
  /** Its component: the export of that name in src/app/routes/<component>.tsx, a chunk of its own. */
  component: string
  /**
   * By default its code loads as soon as the page is opened, so its frame shows (and can be
   * pre-rendered) before the identity is known. 'once-permitted': only once the identity says the
   * user may open it, so that nobody else even downloads it.
   */
  loads?: 'once-permitted'
  /** A page with tabs: one route per tab, each with its URL; the path without a tab opens the first. */
  tabs?: readonly string[]
  /** Rendered at build time as it first looks in that state of the session (src/boot/prerendered.ts). */
  prerendered?: StartingStatus
  /** What is read ahead for it while a new session is being confirmed (app/warmUp.ts). */
  warmUp?: 'own-keys' | 'users-list'
  /** Its link in the main navigation: the text's name in app/messages.ts. */
  navigation?: string
  /** The page whose navigation link is the current one on this page (a user's: Users & groups). */
  under?: string
}

export const PAGES = [
  {
    id: 'login',
    path: '/login',
    audience: 'visitors',
    component: 'LoginRoute',
    prerendered: 'signed-out',
  },
  {
    id: 'myKeys',
    path: '/keys',
    audience: 'signed-in',
    component: 'MyKeysRoute',
    prerendered: 'restoring',
    warmUp: 'own-keys',
    navigation: 'navMyKeys',
  },
  {
    id: 'users',
    path: '/users',
    audience: 'administrators',
    component: 'UsersRoute',
    prerendered: 'restoring',
    warmUp: 'users-list',
    navigation: 'navUsers',
  },
  {
    id: 'allKeys',
    path: '/users/keys',
    audience: 'administrators',
    component: 'AllKeysRoute',
    loads: 'once-permitted',
    navigation: 'navAllKeys',
  },
  {
    // User IDs are UUIDs: a fixed path such as /users/keys is not a user.
    id: 'user',
    path: '/users/:userId/:tab',
    tabs: ['keys', 'groups'],
    audience: 'administrators',
    component: 'UserKeysRoute',
    under: 'users',
  },
] as const satisfies readonly PageEntry[]

export type Page = (typeof PAGES)[number]
export type PageId = Page['id']

/** Where `/` leads, and the sign-in when it has nowhere else to go. */
export const HOME = 'myKeys' satisfies PageId

/** The props a page's component gets: the tab its URL names, on a page with tabs. */
export interface PageProps {
  tab?: string
}

type TabOf<P> = P extends { tabs: readonly (infer Tab)[] } ? Tab : string
type PathTo<P extends Page> = [PathParam<P['path']>] extends [never]
  ? () => string
  : (params: { [Name in PathParam<P['path']>]: Name extends 'tab' ? TabOf<P> : string }) => string

const pathBuilders = Object.fromEntries(
  PAGES.map(({ id, path }) => [
    id,
    (params: Record<string, string> = {}) =>
      path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? '')),
  ]),
) as Record<PageId, (params?: Record<string, string>) => string>

/** Links to the pages, parameters encoded: `paths.myKeys()`, `paths.user({ userId, tab: 'groups' })`. */
export const paths: { [P in Page as P['id']]: PathTo<P> } = pathBuilders

/** The paths the router has for a page: one per tab and the bare path for a page with tabs. */
export function routePaths(page: Page): string[] {
  if (!('tabs' in page)) return [page.path]
  const base = page.path.slice(0, -'/:tab'.length)
  return [base, ...page.tabs.map((tab) => `${base}/${tab}`)]
}

// Each path also with anything below it: a mistyped address still belongs to its page.
const ROUTES = PAGES.flatMap((page) =>
  routePaths(page).flatMap((path) => [
    { path, page },
    { path: `${path}/*`, page },
  ]),
)

/** The page at `pathname`, chosen as the router chooses (a fixed segment beats a parameter). */
export function pageAt(pathname: string): Page | undefined {
  return matchRoutes(ROUTES, pathname === '/' ? paths[HOME]() : pathname)?.[0]?.route.page
}

/** Whether a signed-in user may open the page. */
export function mayOpen(page: Page, identity: { isAdministrator: boolean }): boolean {
  return page.audience !== 'administrators' || identity.isAdministrator
}

import { existsSync } from 'node:fs'
import { isValidElement } from 'react'
import { createRoutesFromElements, matchRoutes, type RouteObject } from 'react-router'
import { describe, expect, it } from 'vitest'
import { USER_TABS } from '../features/users/components/UserTabs'
import { PAGE_SOURCES } from '../boot/prerender/pageSources'
import { PRERENDERED_PATHS } from '../boot/prerendered'
import { RequireAdministrator } from './guards'
import { appRoutes } from './router'
import { navigationFor, navigationPageAt } from './navigation'
import { pageAt, PAGES, paths, type Page } from './pages'

const routes = createRoutesFromElements(appRoutes)

/** The routes the router goes through to `path`, outermost first. */
function routesTo(path: string): RouteObject[] {
  return (matchRoutes(routes, path) ?? []).map((match) => match.route)
}

const elementType = (route: RouteObject) =>
  isValidElement(route.element) ? route.element.type : undefined

const regularUser = { isAdministrator: false }
const administrator = { isAdministrator: true }
/** A link to the page, with made-up parameters and its first tab. */
function anyLink(page: Page): string {
  const tab = 'tabs' in page ? page.tabs[0] : ''
  return page.path.replace(':tab', tab).replace(/:\w+/g, 'u-1')
}

describe('the page table', () => {
  it('offers a regular user, and anybody until the identity is known, no page for administrators', () => {
    for (const identity of [regularUser, undefined]) {
      const offered = navigationFor(identity)
      expect(offered.map((page) => page.id)).toEqual(['myKeys'])
    }
    expect(navigationFor(administrator).map((page) => page.id)).toEqual([
      'myKeys',
      'users',
      'allKeys',
    ])
  })

  it('opens every link of the navigation on its own page, not on "Page not found"', () => {
    for (const page of navigationFor(administrator)) {
      const leaf = routesTo(anyLink(page)).at(-1)
      expect(leaf?.path, page.id).toBe(page.path)
      expect(leaf?.index, page.id).toBeFalsy()
    }
    expect(routesTo('/nowhere').at(-1)?.path).toBe('*')
  })

  it('puts every page for administrators behind the check that shows others "Not permitted"', () => {
    for (const page of PAGES) {
      const guarded = routesTo(anyLink(page)).some(
        (route) => elementType(route) === RequireAdministrator,
      )
      expect(guarded, page.id).toBe(page.audience === 'administrators')
    }
  })

  it("has a route for each tab of a user's page, and the bare address opens the first tab", () => {
    const user = PAGES.find((page) => page.id === 'user')
    expect(user && 'tabs' in user ? [...user.tabs] : []).toEqual([...USER_TABS])
    for (const tab of USER_TABS) {
      expect(routesTo(`/users/u-1/${tab}`).at(-1)?.path).toBe(`/users/:userId/${tab}`)
    }
    const bare = routesTo('/users/u-1').at(-1)?.element
    expect(isValidElement<{ to: string }>(bare) && bare.props.to).toBe(USER_TABS[0])
    expect(routesTo('/users/u-1/buckets').at(-1)?.path).toBe('*')
  })

  it('marks Users & groups as the current link on a user’s page, and All keys on its own', () => {
    expect(navigationPageAt('/users')).toBe('users')
    expect(navigationPageAt('/users/u-1/groups')).toBe('users')
    expect(navigationPageAt('/users/keys')).toBe('allKeys')
    expect(navigationPageAt('/keys')).toBe('myKeys')
    expect(navigationPageAt('/nowhere')).toBeUndefined()
  })

  it('builds links that lead back to the page, with the user ID encoded', () => {
    const link = paths.user({ userId: 'a/b c?', tab: 'keys' })
    expect(link).toBe('/users/a%2Fb%20c%3F/keys')
    expect(pageAt(link)?.id).toBe('user')
    expect(pageAt('/')?.id).toBe('myKeys')
    for (const page of PAGES) expect(pageAt(anyLink(page))?.id).toBe(page.id)
  })

  it('names, for each pre-rendered page, code that exists and renders that page', async () => {
    expect(Object.keys(PAGE_SOURCES)).toEqual(PRERENDERED_PATHS)
    for (const sources of Object.values(PAGE_SOURCES)) {
      for (const source of sources) expect(existsSync(source), source).toBe(true)
    }
    for (const { component } of PAGES) {
      const code = (await import(`./routes/${component}.tsx`)) as Record<string, unknown>
      expect(typeof code[component], component).toBe('function')
    }
  })
})

import { Suspense, type ComponentType, type ReactNode } from 'react'
import { BrowserRouter, Navigate, Route, Routes } from 'react-router'
import { PageLoading } from '../components/PageLoading'
import { OncePermitted, RequireAdministrator, RequireSession } from './guards'
import { lazyPage, type LazyPage } from '../boot/lazyPage'
import { HOME, mayOpen, pageAt, PAGES, paths, routePaths } from './pages'
import type { Page, PageId, PageProps } from './pages'
import { RouteErrorBoundary } from './RouteErrorBoundary'

/*
 * Declarative (library) mode: the data router would add ~20 KB gzip to the entry for loaders we do
 * not use (react-query owns server state). The routes are those of the page table (./pages).
 * Every page and the signed-in frame are lazy chunks, so the sign-in page loads only what it needs.
 */
const Layout = lazyPage(async () => (await import('./Layout')).Layout)
const NotFoundPage = lazyPage(async () => (await import('./NotFoundPage')).NotFoundPage)

// One chunk per page component; which file is which page, the page table says.
const routeModules = import.meta.glob<Record<string, ComponentType<PageProps>>>('./routes/*.tsx')

const pageCode = Object.fromEntries(
  PAGES.map(({ id, component }) => [
    id,
    lazyPage(async () => {
      const code = await routeModules[`./routes/${component}.tsx`]?.()
      const Page = code?.[component]
      if (!Page) throw new Error(`src/app/routes/${component}.tsx has no ${component}`)
      return Page
    }),
  ]),
) as Record<PageId, LazyPage<PageProps>>

/** The code of the page at `path`, if this user may load it (undefined: not signed in yet). */
function codeFor(path: string, identity?: { isAdministrator: boolean }) {
  const page = pageAt(path)
  if (!page || page.audience === 'visitors') return undefined
  // 'once-permitted': nobody else even loads it.
  if ('loads' in page && !(identity && mayOpen(page, identity))) return undefined
  return pageCode[page.id]
}

/**
 * Starts loading the signed-in frame and the page for `path` together, instead of the page only
 * once the frame has rendered. A failed preload is forgotten: the lazy route loads it again.
 */
export function preloadSignedInPage(path: string, isAdministrator: boolean): void {
  for (const part of [Layout, codeFor(path, { isAdministrator })])
    part?.preload().catch(() => undefined)
}

/** Loads the code of a page that is pre-rendered at build time (src/boot/prerendered.ts). */
export function preloadPrerenderedPage(path: string): Promise<unknown> {
  const page = pageAt(path)
  if (page?.audience === 'visitors') return pageCode[page.id].preload()
  return Promise.all([Layout, codeFor(path)].map((part) => part?.preload()))
}

/** A page's routes: its path, or for a page with tabs one per tab and the bare path to the first. */
function routesOf(page: Page) {
  const Code = pageCode[page.id]
  const element = (tab?: string) =>
    'loads' in page ? (
      <OncePermitted page={page}>
        <Code tab={tab} />
      </OncePermitted>
    ) : (
      <Code tab={tab} />
    )
  if (!('tabs' in page)) return [<Route key={page.path} path={page.path} element={element()} />]
  const [bare = '', ...tabbed] = routePaths(page)
  return [
    <Route key={bare} path={bare} element={<Navigate to={page.tabs[0]} replace />} />,
    ...page.tabs.map((tab, index) => (
      <Route key={tabbed[index]} path={tabbed[index]} element={element(tab)} />
    )),
  ]
}

const routesFor = (audience: Page['audience']) =>
  PAGES.filter((page) => page.audience === audience).flatMap(routesOf)

/** Every route: the visitors' pages, then in the signed-in frame the others and "Not found". */
export const appRoutes = (
  <>
    {routesFor('visitors')}
    <Route element={<RequireSession />}>
      <Route element={<Layout />}>
        <Route index element={<Navigate to={paths[HOME]()} replace />} />
        {routesFor('signed-in')}
        <Route element={<RequireAdministrator />}>{routesFor('administrators')}</Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Route>
  </>
)

/** The router around the routes: the browser's history, or a fixed URL when pre-rendering. */
export type AppRouter = ComponentType<{ children: ReactNode }>

export function AppRoutes({ Router = BrowserRouter }: { Router?: AppRouter }) {
  return (
    <Router>
      <RouteErrorBoundary>
        <Suspense fallback={<PageLoading />}>
          <Routes>{appRoutes}</Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Router>
  )
}

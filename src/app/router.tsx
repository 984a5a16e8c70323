import { Suspense, type ComponentType, type ReactNode } from 'react'
import { BrowserRouter, Navigate, Route, Routes } from 'react-router'
import { PageLoading } from '../components/PageLoading'
import { OnlyForAdministrators, RequireAdministrator, RequireSession } from './guards'
import { lazyPage } from '../lib/browser/lazyPage'
import { RouteErrorBoundary } from './RouteErrorBoundary'

/*
 * Declarative (library) mode: the data router would add ~20 KB gzip to the entry for loaders we do
 * not use (react-query owns server state). Every page and the signed-in frame are lazy chunks, so
 * the sign-in page loads only what it needs.
 */
const Layout = lazyPage(async () => (await import('./Layout')).Layout)
const NotFoundPage = lazyPage(async () => (await import('./NotFoundPage')).NotFoundPage)
const LoginRoute = lazyPage(async () => (await import('./routes/LoginRoute')).LoginRoute)
const MyKeysRoute = lazyPage(async () => (await import('./routes/MyKeysRoute')).MyKeysRoute)
const UsersRoute = lazyPage(async () => (await import('./routes/UsersRoute')).UsersRoute)
const UserKeysRoute = lazyPage(async () => (await import('./routes/UserKeysRoute')).UserKeysRoute)
const AllKeysRoute = lazyPage(async () => (await import('./routes/AllKeysRoute')).AllKeysRoute)

function signedInPage(path: string, isAdministrator: boolean) {
  // Administrators only, to the code: nobody else even loads it.
  if (path === '/users/keys') return isAdministrator ? AllKeysRoute : null
  if (path.startsWith('/users/')) return UserKeysRoute
  if (path.startsWith('/users')) return UsersRoute
  if (path === '/' || path.startsWith('/keys')) return MyKeysRoute
  return null
}

/**
 * Starts loading the signed-in frame and the page for `path` together, instead of the page only
 * once the frame has rendered. A failed preload is forgotten: the lazy route loads it again.
 */
export function preloadSignedInPage(path: string, isAdministrator: boolean): void {
  for (const part of [Layout, signedInPage(path, isAdministrator)])
    part?.preload().catch(() => undefined)
}

/** Loads the code of a page that is pre-rendered at build time (src/app/prerendered.ts). */
export function preloadPrerenderedPage(path: string): Promise<unknown> {
  if (path === '/login') return LoginRoute.preload()
  return Promise.all([Layout, signedInPage(path, false)].map((part) => part?.preload()))
}

/** The router around the routes: the browser's history, or a fixed URL when pre-rendering. */
export type AppRouter = ComponentType<{ children: ReactNode }>

export function AppRoutes({ Router = BrowserRouter }: { Router?: AppRouter }) {
  return (
    <Router>
      <RouteErrorBoundary>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/login" element={<LoginRoute />} />
            <Route element={<RequireSession />}>
              <Route element={<Layout />}>
                <Route index element={<Navigate to="/keys" replace />} />
                <Route path="keys" element={<MyKeysRoute />} />
                <Route element={<RequireAdministrator />}>
                  <Route path="users" element={<UsersRoute />} />
                  <Route
                    path="users/keys"
                    element={
                      <OnlyForAdministrators>
                        <AllKeysRoute />
                      </OnlyForAdministrators>
                    }
                  />
                  {/* User IDs are UUIDs: a fixed path such as /users/keys is not a user. */}
                  <Route path="users/:userId" element={<Navigate to="keys" replace />} />
                  <Route path="users/:userId/keys" element={<UserKeysRoute tab="keys" />} />
                  <Route path="users/:userId/groups" element={<UserKeysRoute tab="groups" />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Router>
  )
}

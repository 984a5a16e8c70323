import { lazy, Suspense } from 'react'
import { BrowserRouter, Navigate, Route, Routes } from 'react-router'
import { PageLoading } from '../components/PageLoading'
import { RequireAdministrator, RequireSession } from './guards'
import { RouteErrorBoundary } from './RouteErrorBoundary'

/*
 * Declarative (library) mode: the data router would add ~20 KB gzip to the entry for loaders we do
 * not use (react-query owns server state). Every page and the signed-in frame are lazy chunks, so
 * the sign-in page loads only what it needs.
 */
const loadLayout = () => import('./Layout')
const loadMyKeys = () => import('./routes/MyKeysRoute')
const loadUsers = () => import('./routes/UsersRoute')
const loadUserKeys = () => import('./routes/UserKeysRoute')

const Layout = lazy(async () => ({ default: (await loadLayout()).Layout }))
const NotFoundPage = lazy(async () => ({
  default: (await import('./NotFoundPage')).NotFoundPage,
}))
const LoginRoute = lazy(async () => ({ default: (await import('./routes/LoginRoute')).LoginRoute }))
const MyKeysRoute = lazy(async () => ({ default: (await loadMyKeys()).MyKeysRoute }))
const UsersRoute = lazy(async () => ({ default: (await loadUsers()).UsersRoute }))
const UserKeysRoute = lazy(async () => ({ default: (await loadUserKeys()).UserKeysRoute }))

/**
 * Starts loading the signed-in frame and the page for `path` together, instead of the page only
 * once the frame has rendered. A failed preload is forgotten: the lazy route loads it again.
 */
export function preloadSignedInPage(path: string): void {
  const page = path.startsWith('/users/')
    ? loadUserKeys
    : path.startsWith('/users')
      ? loadUsers
      : path === '/' || path.startsWith('/keys')
        ? loadMyKeys
        : null
  for (const load of [loadLayout, page]) load?.().catch(() => undefined)
}

export function AppRoutes() {
  return (
    <BrowserRouter>
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
                  <Route path="users/:userId/keys" element={<UserKeysRoute />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </BrowserRouter>
  )
}

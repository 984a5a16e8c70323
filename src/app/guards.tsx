import type { ReactNode } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { PageLoading } from '../components/PageLoading'
import { lazyPage, usePreloadWhenIdle } from '../boot/lazyPage'
import { useKnownIdentity, useSession } from '../lib/session'
import { mayOpen, paths, type Page } from './pages'

const NotPermittedPage = lazyPage(async () => (await import('./NotPermittedPage')).NotPermittedPage)

/**
 * Signed-out visitors go to /login and come back to where they were headed. While a saved session
 * is being confirmed the page's frame renders already (useKnownIdentity is undefined), as in its
 * pre-rendered HTML.
 */
export function RequireSession() {
  const { state } = useSession()
  const location = useLocation()
  if (state.status === 'signed-out') {
    const from = location.pathname + location.search
    return <Navigate to={paths.login()} replace state={{ from }} />
  }
  return <Outlet />
}

/** Until the identity is known, the page's frame; then the page, or "Not permitted". */
export function RequireAdministrator() {
  const { state } = useSession()
  // Loaded while the identity is still being confirmed: it may turn out to be needed.
  usePreloadWhenIdle(NotPermittedPage, state.status !== 'signed-in')
  if (state.status === 'signed-in' && !state.identity.isAdministrator) return <NotPermittedPage />
  return <Outlet />
}

/**
 * A page whose code (and reads) must not reach anybody who may not open it (`loads:
 * 'once-permitted'` in the page table): it renders, and so loads, only once the identity says the
 * user may; until then the page's frame waits.
 */
export function OncePermitted({ page, children }: { page: Page; children: ReactNode }) {
  const identity = useKnownIdentity()
  usePreloadWhenIdle(NotPermittedPage, !identity)
  if (!identity) return <PageLoading />
  return mayOpen(page, identity) ? children : <NotPermittedPage />
}

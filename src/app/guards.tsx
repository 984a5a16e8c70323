import { lazy } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { PageLoading } from '../components/PageLoading'
import { useMessages } from '../lib/i18n'
import { useSession } from '../lib/session'
import { appMessages } from './messages'

const NotPermittedPage = lazy(async () => ({
  default: (await import('./NotPermittedPage')).NotPermittedPage,
}))

/** Signed-out visitors go to /login and come back to where they were headed. */
export function RequireSession() {
  const { state } = useSession()
  const location = useLocation()
  const t = useMessages(appMessages)
  if (state.status === 'restoring') return <PageLoading label={t('loading')} />
  if (state.status === 'signed-out') {
    const from = location.pathname + location.search
    return <Navigate to="/login" replace state={{ from }} />
  }
  return <Outlet />
}

export function RequireAdministrator() {
  const { state } = useSession()
  if (state.status !== 'signed-in' || !state.identity.isAdministrator) return <NotPermittedPage />
  return <Outlet />
}

import type { QueryClient } from '@tanstack/react-query'
import type { TokenInfo } from '../api/auth'
import { prefetchOwnKeys } from '../features/keys/queries'
import { capabilitiesOf, type SessionStarting } from '../lib/session'
import { preloadSignedInPage } from './router'

/**
 * Where the browser goes once the session stands: the page it is on, or from /login the page the
 * sign-in guard sent it from (react-router keeps navigation state in `history.state.usr`).
 */
function destination(): string {
  const { pathname } = window.location
  if (pathname !== '/login') return pathname
  const state: unknown = window.history.state
  const from =
    state &&
    typeof state === 'object' &&
    'usr' in state &&
    state.usr &&
    typeof state.usr === 'object'
      ? (state.usr as { from?: unknown }).from
      : undefined
  return typeof from === 'string' ? from : '/keys'
}

/**
 * While the Cloud API confirms a new session, loads the first page's code and, for My keys, the
 * keys: one wave of requests instead of identity, then frame, then page, then data.
 */
export function createWarmUp(queryClient: QueryClient): SessionStarting {
  return (claims: TokenInfo) => {
    const path = destination()
    preloadSignedInPage(path)
    if (path === '/' || path.startsWith('/keys')) {
      return prefetchOwnKeys(queryClient, claims.userId, capabilitiesOf(claims).canUseObjectStorage)
    }
  }
}

import type { QueryClient } from '@tanstack/react-query'
import type { TokenInfo } from '../api/auth'
import { prefetchOwnKeys } from '../features/keys/queries'
import { capabilitiesOf, type SessionStarting } from '../lib/session'
import { HOME, mayOpen, pageAt, paths } from './pages'
import { preloadSignedInPage } from './router'

/**
 * Where the browser goes once the session stands: the page it is on, or from /login the page the
 * sign-in guard sent it from (react-router keeps navigation state in `history.state.usr`).
 */
function destination(): URL {
  const here = new URL(window.location.href)
  if (here.pathname !== paths.login()) return here
  const state: unknown = window.history.state
  const from =
    state &&
    typeof state === 'object' &&
    'usr' in state &&
    state.usr &&
    typeof state.usr === 'object'
      ? (state.usr as { from?: unknown }).from
      : undefined
  return new URL(typeof from === 'string' ? from : paths[HOME](), here.origin)
}

/**
 * The users feature's reads come with its code, which loads with the page: kept out of the entry,
 * which every page (the sign-in too) waits for.
 */
function prefetchUsersPageLater(queryClient: QueryClient, search: string): () => void {
  let undo: (() => void) | undefined
  let cancelled = false
  import('../features/users/queries')
    .then(({ prefetchUsersPage }) => {
      if (!cancelled) undo = prefetchUsersPage(queryClient, search)
    })
    // Not read ahead, then: the page reads what it shows as it opens.
    .catch(() => undefined)
  return () => {
    cancelled = true
    undo?.()
  }
}

/**
 * While the Cloud API confirms a new session, loads the first page's code and what it reads first
 * (its `warmUp` in the page table; My keys: the keys; Users & groups, for an administrator: the
 * list, the groups, the contract): one wave of requests instead of identity, then frame, then
 * page, then data. A read that fails is what the page shows when it opens; it is not read again
 * unasked (failedRecently).
 */
export function createWarmUp(queryClient: QueryClient): SessionStarting {
  return (claims: TokenInfo) => {
    const { pathname: path, search } = destination()
    const capabilities = capabilitiesOf(claims)
    preloadSignedInPage(path, capabilities.isAdministrator)
    const page = pageAt(path)
    if (!page || !('warmUp' in page) || !mayOpen(page, capabilities)) return
    switch (page.warmUp) {
      case 'own-keys':
        return prefetchOwnKeys(queryClient, claims.userId, capabilities.canUseObjectStorage)
      case 'users-list':
        return prefetchUsersPageLater(queryClient, search)
    }
  }
}

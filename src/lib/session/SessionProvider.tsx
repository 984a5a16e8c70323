import { useQueryClient } from '@tanstack/react-query'
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import {
  decodeToken,
  generateToken,
  isTokenExpired,
  revokeToken,
  type TokenInfo,
} from '../../api/auth'
import { setUnauthorizedHandler } from '../../api/client'
import { apiConfig } from '../../api/config'
import { TokenExpiredError } from '../../api/errors'
import { setAuthToken } from '../../api/session-token'
import { resolveIdentity } from './identity'
import { SessionContext, type SessionContextValue } from './context'
import { clearSessionToken, loadSessionToken, saveSessionToken } from './token-storage'
import type { Credentials, Identity, SessionState } from './types'
import { useTokenExpiry } from './useTokenExpiry'

// Defined with the API's errors, so its kind is in the one catalog of reasons; re-exported here.
export { TokenExpiredError }

/**
 * Called once a well-formed, unexpired token is in use and the Cloud API is asked to confirm it,
 * so that the app can start what the first screen needs at the same time instead of after it. It
 * may return how to undo that, for when the session does not begin.
 */
export type SessionStarting = (claims: TokenInfo) => (() => void) | void

/** Makes a token the session's: valid, not expired, and confirmed by the Cloud API. */
async function establish(token: string, onStarting?: SessionStarting): Promise<Identity> {
  const claims = decodeToken(token)
  if (isTokenExpired(claims)) throw new TokenExpiredError()
  setAuthToken(token)
  const undo = onStarting?.(claims)
  try {
    const identity = await resolveIdentity(token)
    saveSessionToken(token)
    return identity
  } catch (error) {
    setAuthToken(null)
    // What was started for a session that did not begin must not be shown to the next one.
    undo?.()
    throw error
  }
}

/** How a session starts: restoring the tab's saved token, or signed out. */
export type StartingStatus = 'restoring' | 'signed-out'

/** What the first render shows, before anything is confirmed: whether this tab has a saved token. */
export function startingStatus(): StartingStatus {
  return loadSessionToken() ? 'restoring' : 'signed-out'
}

interface SessionProviderProps {
  children: ReactNode
  /**
   * The tab's by default; fixed when a page is rendered at build time, where there is no tab (a
   * signed-in state when the build renders how a page looks once its data is in).
   */
  startAs?: StartingStatus | SessionState
  /** Keep it the same function for the provider's life: restoring a session depends on it. */
  onSessionStarting?: SessionStarting
}

export function SessionProvider({ children, onSessionStarting, startAs }: SessionProviderProps) {
  const queryClient = useQueryClient()
  const start = useCallback(
    (token: string) => establish(token, onSessionStarting),
    [onSessionStarting],
  )
  const [state, setState] = useState<SessionState>(() =>
    typeof startAs === 'object' ? startAs : { status: startAs ?? startingStatus() },
  )
  const [reauthOpen, setReauthOpen] = useState(false)
  const waitingForReauth = useRef<((signedIn: boolean) => void)[]>([])

  useEffect(() => {
    const saved = loadSessionToken()
    if (!saved) return
    start(saved)
      // The whole signed-in page renders now: as a transition, React yields while it builds it.
      .then((identity) => startTransition(() => setState({ status: 'signed-in', identity })))
      .catch(() => {
        clearSessionToken()
        setState({ status: 'signed-out', reason: 'expired' })
      })
  }, [start])

  const signedIn = state.status === 'signed-in'
  useEffect(() => {
    if (!signedIn) return
    // A 401 mid-session pauses the failed request until the user signs in again over the page.
    setUnauthorizedHandler(
      () =>
        new Promise<boolean>((resolve) => {
          waitingForReauth.current.push(resolve)
          setReauthOpen(true)
        }),
    )
    return () => setUnauthorizedHandler(null)
  }, [signedIn])

  // An expired token opens the same prompt as a 401: the page stays, nothing typed is lost.
  const openReauth = useCallback(() => setReauthOpen(true), [])
  useTokenExpiry(signedIn ? state.identity.tokenId : null, openReauth)

  const finishReauth = useCallback((succeeded: boolean) => {
    setReauthOpen(false)
    const waiting = waitingForReauth.current
    waitingForReauth.current = []
    waiting.forEach((resolve) => resolve(succeeded))
  }, [])

  const signInWithToken = useCallback(
    async (token: string) => {
      const identity = await start(token.trim())
      setState({ status: 'signed-in', identity })
      return identity
    },
    [start],
  )

  const signIn = useCallback(
    async ({ email, password }: Credentials) =>
      signInWithToken(
        // Short-lived: a tab closed without signing out must not leave a token valid for a year.
        await generateToken({
          username: email.trim(),
          password,
          ttlSeconds: apiConfig.sessionTtlSeconds,
        }),
      ),
    [signInWithToken],
  )

  const signOut = useCallback(async () => {
    const tokenId = state.status === 'signed-in' ? state.identity.tokenId : null
    if (tokenId) await revokeToken(tokenId).catch(() => undefined)
    setAuthToken(null)
    clearSessionToken()
    queryClient.clear()
    finishReauth(false)
    setState({ status: 'signed-out', reason: 'signed-out' })
  }, [state, queryClient, finishReauth])

  const value = useMemo<SessionContextValue>(
    () => ({ state, signIn, signInWithToken, signOut, reauthOpen, finishReauth }),
    [state, signIn, signInWithToken, signOut, reauthOpen, finishReauth],
  )
  return <SessionContext value={value}>{children}</SessionContext>
}

import { createContext, useContext } from 'react'
import type { Credentials, Identity, SessionState } from './types'

export interface SessionContextValue {
  state: SessionState
  signIn: (credentials: Credentials) => Promise<Identity>
  signInWithToken: (token: string) => Promise<Identity>
  signOut: () => Promise<void>
  /** A request got 401 and waits for the user to sign in again. */
  reauthOpen: boolean
  /** Ends the re-sign-in: `true` retries the waiting requests with the new token. */
  finishReauth: (signedIn: boolean) => void
}

export const SessionContext = createContext<SessionContextValue | null>(null)

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used inside <SessionProvider>')
  return session
}

/**
 * The signed-in identity, or undefined while a saved session is being confirmed: the sign-in guard
 * lets the page's frame render meanwhile (it is pre-rendered at build time, see
 * src/boot/prerendered.ts), and the parts that depend on who is signed in wait for this.
 */
export function useKnownIdentity(): Identity | undefined {
  const { state } = useSession()
  return state.status === 'signed-in' ? state.identity : undefined
}

/** The signed-in identity; only for parts of a page that render once it is known. */
export function useIdentity(): Identity {
  const { state } = useSession()
  if (state.status !== 'signed-in') throw new Error('useIdentity needs a signed-in session')
  return state.identity
}

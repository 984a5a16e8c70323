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

/** The signed-in identity; only for pages behind the sign-in guard. */
export function useIdentity(): Identity {
  const { state } = useSession()
  if (state.status !== 'signed-in') throw new Error('useIdentity needs a signed-in session')
  return state.identity
}

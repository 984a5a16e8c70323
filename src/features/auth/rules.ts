import { decodeToken } from '../../api/auth'
import { ApiError, NetworkError, TimeoutError } from '../../api/errors'
import { TokenExpiredError } from '../../lib/session'
import type { AuthMessageKey } from './messages'

// Deliberately loose: the server decides what an account is; this only catches typos early.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function emailProblem(email: string): AuthMessageKey | null {
  if (email.trim() === '') return 'emailRequired'
  if (!EMAIL_PATTERN.test(email.trim())) return 'emailInvalid'
  return null
}

export function passwordProblem(password: string): AuthMessageKey | null {
  return password === '' ? 'passwordRequired' : null
}

/** Empty, or not a JWT with IONOS claims: said next to the field, before anything is sent. */
export function tokenProblem(token: string): AuthMessageKey | null {
  if (token.trim() === '') return 'tokenRequired'
  try {
    decodeToken(token)
  } catch {
    return 'tokenMalformed'
  }
  return null
}

export type SignInMethod = 'password' | 'token'

/**
 * What went wrong, as a message key, or the server's own words when it said something specific
 * (a locked account, for example). A generic "Unauthorized" becomes a sentence a person can act on.
 */
export function signInFailure(
  error: unknown,
  method: SignInMethod,
): { key: AuthMessageKey } | { text: string } {
  if (error instanceof TokenExpiredError) return { key: 'tokenRejected' }
  if (error instanceof NetworkError || error instanceof TimeoutError) return { key: 'networkError' }
  if (error instanceof ApiError) {
    const serverSaid = error.messages[0]?.message
    const generic = !serverSaid || /^unauthori[sz]ed$/i.test(serverSaid.trim())
    if (error.status === 401 && generic) {
      return { key: method === 'password' ? 'wrongCredentials' : 'tokenRejected' }
    }
    return { text: error.message }
  }
  if (method === 'token') return { key: 'tokenMalformed' }
  return { text: error instanceof Error ? error.message : String(error) }
}

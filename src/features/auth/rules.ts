import { decodeToken, InvalidTokenError } from '../../api/auth'
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
 * What went wrong, as a message key (with the server's own words when it said something specific,
 * a locked account for example, quoted as its words). A generic "Unauthorized" becomes a sentence
 * a person can act on. Kept in the sign-in's own catalog: the sign-in page is part of the entry.
 */
export function signInFailure(
  error: unknown,
  method: SignInMethod,
): { key: AuthMessageKey; words?: string } {
  if (error instanceof TokenExpiredError) return { key: 'tokenRejected' }
  if (error instanceof NetworkError || error instanceof TimeoutError) return { key: 'networkError' }
  if (error instanceof ApiError) {
    const words = error.serverText
    const generic = words === null || /^unauthori[sz]ed$/i.test(words)
    if (error.status === 401 && generic) {
      return { key: method === 'password' ? 'wrongCredentials' : 'tokenRejected' }
    }
    return words === null ? { key: 'signInFailed' } : { key: 'serverSaid', words }
  }
  if (method === 'token' && error instanceof InvalidTokenError) return { key: 'tokenMalformed' }
  return { key: 'signInFailed' }
}

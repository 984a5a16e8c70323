import { useEffect } from 'react'
import { decodeToken } from '../../api/auth'
import { getAuthToken } from '../../api/session-token'

// A longer delay makes setTimeout fire at once (it holds 32 bits of milliseconds, about 24.8 days).
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1

/**
 * Calls `onExpired` the moment the session's token expires, so the user is asked to sign in again
 * while the page (and whatever they typed) stays, instead of finding out on their next click. A
 * token too far off to time is left to the 401 that its first late request gets.
 */
export function useTokenExpiry(tokenId: string | null, onExpired: () => void): void {
  useEffect(() => {
    const token = getAuthToken()
    if (tokenId === null || token === null) return
    const delay = decodeToken(token).expiresAt.getTime() - Date.now()
    if (delay > LONGEST_TIMEOUT_MS) return
    const timer = setTimeout(onExpired, Math.max(0, delay))
    return () => clearTimeout(timer)
  }, [tokenId, onExpired])
}

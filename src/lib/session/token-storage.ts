/**
 * The token lives in memory (src/api/session-token.ts). A copy in sessionStorage lets a reload of
 * the same tab stay signed in; it dies with the tab. Never localStorage, cookies or the URL.
 */
export const SESSION_STORAGE_KEY = 'oskc.session'

export function saveSessionToken(token: string): void {
  try {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, token)
  } catch {
    // Without storage a reload signs the user out, which is safe.
  }
}

export function loadSessionToken(): string | null {
  try {
    return window.sessionStorage.getItem(SESSION_STORAGE_KEY)
  } catch {
    return null
  }
}

export function clearSessionToken(): void {
  try {
    window.sessionStorage.removeItem(SESSION_STORAGE_KEY)
  } catch {
    // Nothing stored, nothing to clear.
  }
}

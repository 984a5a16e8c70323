/**
 * The token lives in memory (src/api/session-token.ts). A copy in sessionStorage lets a reload of
 * the same tab stay signed in; it dies with the tab. Never localStorage, cookies or the URL.
 */
const KEY = 'oskc.session'

export function saveSessionToken(token: string): void {
  try {
    window.sessionStorage.setItem(KEY, token)
  } catch {
    // Without storage a reload signs the user out, which is safe.
  }
}

export function loadSessionToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function clearSessionToken(): void {
  try {
    window.sessionStorage.removeItem(KEY)
  } catch {
    // Nothing stored, nothing to clear.
  }
}

import { loadSessionToken } from '../lib/session/token-storage'

/**
 * Set on <html> before the first paint, by the head script of every pre-rendered page, when this
 * tab has a saved session. A style in the same head hides the page from visitors it does not fit
 * (src/boot/prerender/index.tsx: pageStyle), so that nobody sees a signed-in frame before being
 * sent to sign in, or the reverse.
 */
export const SAVED_SESSION_ATTRIBUTE = 'data-saved-session'

/** For the head script (./head.ts). */
export function markSavedSession(): void {
  if (loadSessionToken()) document.documentElement.setAttribute(SAVED_SESSION_ATTRIBUTE, '')
}

import { getAuthToken } from './session-token'

let handler: (() => Promise<boolean>) | null = null
let pending: { token: string | null; result: Promise<boolean> } | null = null

/**
 * Called when a bearer request gets 401. Resolve true once a new token has been set (the user
 * signed in again) and the request is repeated once; resolve false to let the 401 through.
 */
export function setUnauthorizedHandler(next: (() => Promise<boolean>) | null): void {
  handler = next
}

/**
 * Whether a request that failed with 401 under `tokenUsed` may be repeated. Several queries fail
 * at once when a token expires: they share one sign-in prompt instead of opening one each. A 401
 * for a different token while that prompt is open comes from the prompt itself (a candidate token
 * being checked), and waiting for the prompt there would never end: it fails at once instead.
 */
export async function reauthenticate(tokenUsed: string | null): Promise<boolean> {
  const current = getAuthToken()
  if (current !== null && current !== tokenUsed) return true
  if (pending !== null) return pending.token === tokenUsed ? await pending.result : false
  if (handler === null) return false
  const result = handler()
    .catch(() => false)
    .finally(() => (pending = null))
  pending = { token: tokenUsed, result }
  return await result
}

import { ApiError, NetworkError } from './errors'

/** Tries in total, the first one included. */
export const MAX_TRIES = 3
/** No single wait is longer than this; a longer `Retry-After` means "give up and tell the user". */
export const MAX_RETRY_DELAY_MS = 10_000
const BASE_DELAY_MS = 300

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504])
// POST is not idempotent: a retried POST after a lost answer would create a second key.
const RETRYABLE_METHODS = new Set(['GET', 'PUT', 'DELETE'])

/**
 * Whether a failed try should be repeated. `attempt` is the 1-based number of the try that just
 * failed (react-query's `failureCount` + 1). Network failures count as transient; timeouts do not,
 * because the user has already waited the full time once.
 */
export function shouldRetry(method: string, error: unknown, attempt: number): boolean {
  if (attempt >= MAX_TRIES || !RETRYABLE_METHODS.has(method.toUpperCase())) return false
  if (error instanceof NetworkError) return true
  if (!(error instanceof ApiError) || !RETRYABLE_STATUSES.has(error.status)) return false
  return error.retryAfterMs === null || error.retryAfterMs <= MAX_RETRY_DELAY_MS
}

/**
 * How long to wait before the next try: the server's `Retry-After` when it sent one, otherwise
 * exponential backoff (300 ms, 600 ms, 1.2 s, …) with "equal jitter" so that many tabs hitting the
 * same 503 do not come back in lockstep.
 */
export function retryDelayMs(error: unknown, attempt: number, random = Math.random): number {
  if (error instanceof ApiError && error.retryAfterMs !== null) {
    return Math.min(error.retryAfterMs, MAX_RETRY_DELAY_MS)
  }
  const exponential = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS)
  return Math.round(exponential / 2 + random() * (exponential / 2))
}

/** `Retry-After` is either delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // Date.parse reads bare numbers such as "-1" as years; an HTTP date always has a month name.
  if (!/[a-z]/i.test(value)) return null
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

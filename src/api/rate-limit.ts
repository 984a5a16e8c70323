/**
 * What the Cloud API said of its rate limit on its latest answer. IONOS sends on every answer
 * `X-RateLimit-Remaining` (requests that can still be made without a refusal), `X-RateLimit-Limit`
 * (requests per minute on average) and `X-RateLimit-Burst` (the most at once); a long read (the
 * all-keys scan) paces itself from them instead of learning the limit from 429s.
 */
export interface RateLimit {
  remaining: number
  perMinute: number
  burst: number
  /** When the answer came (ms since the epoch). */
  at: number
}

let latest: RateLimit | null = null

const count = (headers: Headers, name: string) => {
  const text = headers.get(name)
  const value = text === null || text.trim() === '' ? Number.NaN : Number(text)
  return Number.isInteger(value) && value >= 0 ? value : null
}

/** Keeps what an answer's headers say; answers without (all three, readable) change nothing. */
export function noteRateLimit(headers: Headers, at = Date.now()): void {
  const remaining = count(headers, 'X-RateLimit-Remaining')
  const perMinute = count(headers, 'X-RateLimit-Limit')
  const burst = count(headers, 'X-RateLimit-Burst')
  if (remaining === null || perMinute === null || burst === null || perMinute === 0) return
  latest = { remaining, perMinute, burst, at }
}

export function latestRateLimit(): RateLimit | null {
  return latest
}

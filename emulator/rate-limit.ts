import type { MiddlewareHandler } from 'hono'

/**
 * The `X-RateLimit-*` headers IONOS sends on every answer. The emulator counts requests per
 * minute but never refuses for it; inject a 429 fault to test throttling.
 */
export const rateLimitPerMinute = 1200
export const rateLimitBurst = 50

export function rateLimitHeaders(): MiddlewareHandler {
  let windowStart = 0
  let used = 0
  return async (c, next) => {
    const now = Date.now()
    if (now - windowStart >= 60_000) {
      windowStart = now
      used = 0
    }
    used += 1
    const remaining = Math.max(0, rateLimitPerMinute - used)
    await next()
    const headers = c.res.headers
    headers.set('X-RateLimit-Limit', String(rateLimitPerMinute))
    headers.set('X-RateLimit-Burst', String(rateLimitBurst))
    if (!headers.has('X-RateLimit-Remaining'))
      headers.set('X-RateLimit-Remaining', String(remaining))
  }
}

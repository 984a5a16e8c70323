import type { MiddlewareHandler } from 'hono'
import { ionosErrorBody } from './errors.ts'

/**
 * The `X-RateLimit-*` headers IONOS sends on every answer: `Limit` (requests a minute on average),
 * `Burst` (the most at once) and `Remaining` (requests that can still be made without a refusal).
 * With `enforce` (`EMULATOR_RATE_LIMIT=on`) it limits as IONOS does: a bucket of `rateLimitBurst`
 * requests, refilled at `rateLimitPerMinute`; `Remaining` is what the bucket holds after the
 * request, and a request that finds it empty gets a 429 with `Retry-After` (whole seconds until
 * the next request is allowed). By default the emulator never refuses (inject a 429 fault to test
 * throttling), so `Remaining` is always the whole burst: a client that paces itself from it is not
 * slowed down by a limit that is not there. Test controls never count.
 */
export const rateLimitPerMinute = 1200
export const rateLimitBurst = 50

const msPerRequest = 60_000 / rateLimitPerMinute

export function rateLimitHeaders({ enforce = false } = {}): MiddlewareHandler {
  let tokens = rateLimitBurst
  let refilledAt = Date.now()
  return async (c, next) => {
    const now = Date.now()
    let remaining = rateLimitBurst
    if (enforce && !c.req.path.startsWith('/__emulator')) {
      tokens = Math.min(rateLimitBurst, tokens + (now - refilledAt) / msPerRequest)
      refilledAt = now
      if (tokens < 1) return refusal((1 - tokens) * msPerRequest)
      tokens -= 1
      remaining = Math.floor(tokens)
    }
    await next()
    const headers = c.res.headers
    headers.set('X-RateLimit-Limit', String(rateLimitPerMinute))
    headers.set('X-RateLimit-Burst', String(rateLimitBurst))
    if (!headers.has('X-RateLimit-Remaining'))
      headers.set('X-RateLimit-Remaining', String(remaining))
  }
}

function refusal(waitMs: number): Response {
  const message = 'Too many requests: the request rate limit was exceeded. Retry later.'
  return new Response(JSON.stringify(ionosErrorBody(429, '429', message)), {
    status: 429,
    headers: {
      'Content-Type': 'application/json',
      'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
      'X-RateLimit-Limit': String(rateLimitPerMinute),
      'X-RateLimit-Burst': String(rateLimitBurst),
      'X-RateLimit-Remaining': '0',
    },
  })
}

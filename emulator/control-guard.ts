import type { MiddlewareHandler } from 'hono'
import { errorResponse, forbidden } from './errors.ts'
import { isJsonContentType } from './validation.ts'

/**
 * Who may use the test controls (`/__emulator`): scripts on this machine, never a web page.
 * - Every control needs a `Host` of localhost, 127.0.0.1 or [::1] (any port): a page that
 *   reaches the emulator through a rebound DNS name sends its own name (DNS rebinding).
 * - A control that changes state (POST, PUT, PATCH, DELETE) needs `Content-Type:
 *   application/json`: a page on another origin can send that only after a CORS preflight, which
 *   the emulator never grants (it sends no CORS headers at all). A form can send only
 *   `application/x-www-form-urlencoded`, `multipart/form-data` or `text/plain`.
 * Scripts outside this repository drive the controls by exactly this rule: keep it.
 */

const localHostNames = new Set(['localhost', '127.0.0.1', '[::1]'])
const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** `[::1]:8080` → `[::1]`, `LocalHost` → `localhost`; undefined for anything malformed. */
function hostNameOf(host: string): string | undefined {
  return /^(\[[^\]]*\]|[^:[\]]*)(?::\d{1,5})?$/.exec(host)?.[1]?.toLowerCase()
}

export const guardControls: MiddlewareHandler = async (c, next) => {
  // HTTP/2 has no Host header; its `:authority` plays the part.
  const incoming = (c.env as { incoming?: { authority?: string } } | undefined)?.incoming
  const host = c.req.header('Host') ?? incoming?.authority
  if (host === undefined || !localHostNames.has(hostNameOf(host) ?? '')) {
    const got = host === undefined ? 'none' : JSON.stringify(host)
    return errorResponse(
      c,
      forbidden(
        `The test controls answer only to a Host of localhost, 127.0.0.1 or [::1]; got ${got}.`,
      ),
    )
  }
  const contentType = c.req.header('Content-Type')
  if (stateChangingMethods.has(c.req.method) && !isJsonContentType(contentType)) {
    const got = contentType === undefined ? 'none' : JSON.stringify(contentType)
    return errorResponse(
      c,
      forbidden(
        `A test control that changes state needs Content-Type: application/json; got ${got}.`,
      ),
    )
  }
  await next()
}

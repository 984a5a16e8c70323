import type { Upstream } from './settings.ts'

/**
 * What passes between the browser and IONOS in live mode, header by header. Hono's proxy helper
 * already drops the hop-by-hop headers (its fixed list and those named in `Connection`) both ways
 * and replaces `Accept-Encoding` with what Node can decode; these rules are the rest.
 */

/**
 * The only request headers IONOS needs. Nothing else of the browser's leaves the machine: not its
 * cookies (for other local apps on this origin), `Origin`, `Referer` or its fingerprint.
 */
const FORWARDED_REQUEST_HEADERS = ['accept', 'authorization', 'content-type'] as const

export const PROXY_USER_AGENT = 'object-storage-key-console (live mode of npm start)'

export function upstreamRequestHeaders(browser: Headers): Headers {
  const headers = new Headers({ 'User-Agent': PROXY_USER_AGENT })
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = browser.get(name)
    if (value !== null) headers.set(name, value)
  }
  return headers
}

/**
 * Answer headers that must not reach the browser: cookies and the banner of IONOS's servers, HSTS
 * and Alt-Svc (they speak for IONOS's host, not for this origin), and the length and encoding
 * of a body the proxy has decoded and sends anew.
 */
const DROPPED_ANSWER_HEADERS = [
  'set-cookie',
  'set-cookie2',
  'server',
  'x-powered-by',
  'strict-transport-security',
  'alt-svc',
  'content-length',
  'content-encoding',
] as const

/**
 * IONOS's answer headers as the browser gets them: status-related ones (`Retry-After`, the rate
 * limits, `Content-Type`) as they are, a `Location` that points at an upstream as the same-origin
 * path, and never cached (the Cloud API sends secret keys in its bodies).
 */
export function browserAnswerHeaders(
  ionos: Headers,
  answeredUrl: URL,
  upstreams: readonly Upstream[],
): Headers {
  const headers = new Headers(ionos)
  for (const name of DROPPED_ANSWER_HEADERS) headers.delete(name)
  const location = headers.get('location')
  if (location !== null) {
    const sameOrigin = sameOriginLocation(location, answeredUrl, upstreams)
    if (sameOrigin !== null) headers.set('location', sameOrigin)
  }
  headers.set('cache-control', 'no-store')
  return headers
}

/**
 * The console's path for a `Location` that names an upstream (`https://api.ionos.com/cloudapi/v6/
 * requests/1/status` → `/cloudapi/v6/requests/1/status`), resolved against the answered URL when
 * relative; null when it points elsewhere, which is then passed on as it is.
 */
export function sameOriginLocation(
  location: string,
  answeredUrl: URL,
  upstreams: readonly Upstream[],
): string | null {
  let target: URL
  try {
    target = new URL(location, answeredUrl)
  } catch {
    return null
  }
  for (const { prefix, url } of upstreams) {
    const rest = pathBelow(target, url)
    if (rest !== null) return `${prefix}${rest}${target.search}${target.hash}`
  }
  return null
}

/** The part of `target`'s path below `base` (`""` or `/…`), or null when it is not below it. */
export function pathBelow(target: URL, base: URL): string | null {
  if (target.origin !== base.origin) return null
  const basePath = base.pathname.replace(/\/+$/, '')
  if (target.pathname === basePath) return ''
  return target.pathname.startsWith(`${basePath}/`) ? target.pathname.slice(basePath.length) : null
}

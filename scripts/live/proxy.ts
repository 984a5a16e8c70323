import type { Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { proxy } from 'hono/proxy'
import { browserAnswerHeaders, pathBelow, upstreamRequestHeaders } from './headers.ts'
import type { LiveSettings, Upstream } from './settings.ts'

/**
 * Live mode's reverse proxy: the console's three same-origin API paths to the real IONOS hosts
 * (the IONOS APIs send no CORS headers, so the browser cannot call them itself). Built on Hono's
 * proxy helper over Node's fetch, so TLS is always verified against Node's CAs plus
 * NODE_EXTRA_CA_CERTS. Answers are read whole (IONOS's are small JSON) within the time limit, so
 * a slow answer becomes a clean 504 instead of a body cut off half way.
 */

/** Where the one line per proxied request goes: method, path without query, status, duration. */
export type RequestLog = (line: string) => void

const MAX_BODY_BYTES = 64 * 1024

export function mountIonosProxy(app: Hono, settings: LiveSettings, log: RequestLog): void {
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => ionosError(413, 'PROXY_BODY_TOO_LARGE', 'The request body is too large.'),
  })
  for (const upstream of settings.upstreams) {
    const handler = (c: Context) => forward(c, upstream, settings, log)
    app.all(upstream.prefix, limitBody, handler)
    app.all(`${upstream.prefix}/*`, limitBody, handler)
  }
}

async function forward(
  c: Context,
  upstream: Upstream,
  settings: LiveSettings,
  log: RequestLog,
): Promise<Response> {
  const started = performance.now()
  const { pathname } = new URL(c.req.url)
  const { answer, problem } = await askIonos(c, upstream, settings)
  const took = Math.round(performance.now() - started)
  log(`${c.req.method} ${pathname} ${answer.status} ${took} ms${problem ? ` (${problem})` : ''}`)
  return answer
}

interface Outcome {
  answer: Response
  /** Why IONOS gave no answer, for the log: an error code, never a message with data in it. */
  problem?: string
}

async function askIonos(c: Context, upstream: Upstream, settings: LiveSettings): Promise<Outcome> {
  const target = upstreamUrl(new URL(c.req.url), upstream)
  if (target === null) {
    return { answer: ionosError(404, 'PROXY_NOT_FOUND', 'There is no such IONOS API path.') }
  }
  const method = c.req.method
  const timeout = AbortSignal.timeout(settings.timeoutMs)
  try {
    const body = method === 'GET' || method === 'HEAD' ? undefined : await c.req.arrayBuffer()
    const response = await proxy(target, {
      method,
      headers: upstreamRequestHeaders(c.req.raw.headers),
      body: body?.byteLength ? body : undefined,
      // A redirect is IONOS's answer to the browser, never one for the proxy to follow.
      redirect: 'manual',
      signal: AbortSignal.any([c.req.raw.signal, timeout]),
    })
    const content = await response.arrayBuffer()
    const headers = browserAnswerHeaders(response.headers, target, settings.upstreams)
    const answer = new Response(content.byteLength === 0 ? null : content, {
      status: response.status,
      headers,
    })
    return { answer }
  } catch (error) {
    if (timeout.aborted) {
      const seconds = Math.round(settings.timeoutMs / 100) / 10
      const message = `IONOS did not answer in time (within ${seconds} s). Try again in a moment.`
      return { answer: ionosError(504, 'PROXY_TIMEOUT', message), problem: 'timeout' }
    }
    // The browser went away: nobody reads this answer.
    if (c.req.raw.signal.aborted)
      return { answer: new Response(null, { status: 499 }), problem: 'aborted' }
    const code = errorCode(error)
    return {
      answer: ionosError(502, 'PROXY_UNREACHABLE', unreachable(target, code)),
      problem: code,
    }
  }
}

/** The upstream URL for a request, or null when its path would leave the API's base path. */
function upstreamUrl(requested: URL, upstream: Upstream): URL | null {
  const rest = requested.pathname.slice(upstream.prefix.length)
  const basePath = upstream.url.pathname.replace(/\/+$/, '')
  const target = new URL(`${upstream.url.origin}${basePath}${rest}${requested.search}`)
  return pathBelow(target, upstream.url) === null ? null : target
}

/** Node's fetch fails with "fetch failed"; the reason is the code of its cause. */
function errorCode(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined
  const code = (cause as { code?: unknown } | undefined)?.code
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error'
}

const CERTIFICATE_PROBLEM = /CERT|UNABLE_TO_(GET|VERIFY)|SELF_SIGNED|ERR_TLS/

function unreachable(target: URL, code: string): string {
  if (CERTIFICATE_PROBLEM.test(code)) {
    return `IONOS could not be reached: the certificate of ${target.host} is not trusted (${code}).`
  }
  return `IONOS could not be reached: no connection to ${target.host} (${code}). Check your network and try again.`
}

/** An answer in the IONOS error shape, so that the console shows its message. */
function ionosError(status: number, errorCode: string, message: string): Response {
  const body = { httpStatus: status, messages: [{ errorCode, message }] }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })
}

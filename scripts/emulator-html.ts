import type { MiddlewareHandler } from 'hono'
import { EMULATOR_BACKEND_META } from '../src/features/auth/backendMeta.ts'

const { name, content } = EMULATOR_BACKEND_META
export const EMULATOR_META_TAG = `<meta name="${name}" content="${content}">`

/** The page's HTML with the emulator's `<meta>` first in its head. */
export function withEmulatorMeta(html: string): string {
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${EMULATOR_META_TAG}`)
}

/**
 * Says in every HTML page this server sends that its backend is the emulator, so that the sign-in
 * page (pre-rendered at build time, the same build for every backend) can mention the demo
 * accounts once it runs. A response header would not do: the page cannot read its own.
 */
export function announceEmulator(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const isPage = c.res.status === 200 && c.req.method === 'GET'
    if (!isPage || !c.res.headers.get('content-type')?.startsWith('text/html')) return
    const html = withEmulatorMeta(await c.res.text())
    const headers = new Headers(c.res.headers)
    headers.delete('content-length')
    // Cleared first, or Hono would copy the old headers (the file's length) onto the new answer.
    c.res = undefined
    c.res = new Response(html, { status: 200, headers })
  }
}

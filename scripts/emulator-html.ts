import type { MiddlewareHandler } from 'hono'
import { createHash } from 'node:crypto'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { compressed } from './precompress.ts'
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
 * A page the build precompressed is decoded, changed and encoded again as strongly, once per file.
 */
export function announceEmulator(): MiddlewareHandler {
  const encoded = new Map<string, Uint8Array<ArrayBuffer>>()
  return async (c, next) => {
    await next()
    const isPage = c.res.status === 200 && c.req.method === 'GET'
    if (!isPage || !c.res.headers.get('content-type')?.startsWith('text/html')) return
    const encoding = c.res.headers.get('content-encoding')
    const body = Buffer.from(await c.res.arrayBuffer())
    let html: string | Uint8Array<ArrayBuffer>
    if (encoding === 'br' || encoding === 'gzip') {
      const key = `${encoding} ${createHash('sha256').update(body).digest('base64')}`
      html = encoded.get(key) ?? (await reencoded(body, encoding))
      encoded.set(key, html)
    } else {
      html = withEmulatorMeta(body.toString('utf8'))
    }
    const headers = new Headers(c.res.headers)
    headers.delete('content-length')
    // Cleared first, or Hono would copy the old headers (the file's length) onto the new answer.
    c.res = undefined
    c.res = new Response(html, { status: 200, headers })
  }
}

async function reencoded(body: Buffer, encoding: 'br' | 'gzip') {
  const html = withEmulatorMeta(
    (encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body)).toString('utf8'),
  )
  const { br, gz } = await compressed(Buffer.from(html))
  return new Uint8Array(encoding === 'br' ? br : gz)
}

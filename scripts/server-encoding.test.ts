import { serve, type ServerType } from '@hono/node-server'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultEmulatorOptions } from '../emulator/options.ts'
import { precompressDirectory } from './precompress.ts'
import { createConsoleServer } from './server.ts'

const CHROMIUM_ACCEPTS = 'gzip, deflate, br, zstd'
const script = Array.from({ length: 200 }, (_, i) => `console.log("module ${i}");`).join('\n')
const page = `<!doctype html><head><title>console</title></head><body>${'<p>intro</p>'.repeat(100)}</body>`

let dist: string
let server: ServerType
let origin: string

/** The bytes as they travel, undecoded (fetch would decode them). */
function rawGet(url: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}
      get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        )
        response.on('error', reject)
      }).on('error', reject)
    },
  )
}

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'console-dist-'))
  mkdirSync(path.join(dist, 'assets'))
  mkdirSync(path.join(dist, 'keys'))
  writeFileSync(path.join(dist, 'index.html'), page)
  writeFileSync(path.join(dist, 'keys', 'index.html'), page.replace('console', 'My keys'))
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), script)
  await precompressDirectory(dist)
  const { app } = createConsoleServer(defaultEmulatorOptions, dist)
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.close()
  rmSync(dist, { recursive: true, force: true })
})

describe('the npm start server’s encodings', () => {
  it('sends a browser that accepts brotli the brotli file the build wrote, byte for byte', async () => {
    const { headers, body } = await rawGet(`${origin}/assets/index-abc123.js`, CHROMIUM_ACCEPTS)
    expect(headers['content-encoding']).toBe('br')
    expect(headers['vary']).toBe('Accept-Encoding')
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(body.equals(readFileSync(path.join(dist, 'assets', 'index-abc123.js.br')))).toBe(true)
    expect(brotliDecompressSync(body).toString()).toBe(script)
  })

  it('sends gzip at level 9 to a client without brotli, and the plain file to one without either', async () => {
    const gzipped = await rawGet(`${origin}/assets/index-abc123.js`, 'gzip, deflate')
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.body.equals(readFileSync(path.join(dist, 'assets', 'index-abc123.js.gz')))).toBe(
      true,
    )
    const plain = await rawGet(`${origin}/assets/index-abc123.js`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['vary']).toBe('Accept-Encoding')
    expect(plain.body.toString()).toBe(script)
  })

  it('sends pages brotli-encoded, deep links too, still telling them that the backend is the emulator', async () => {
    for (const url of ['/keys', '/users/123/keys', '/']) {
      const { headers, body } = await rawGet(`${origin}${url}`, CHROMIUM_ACCEPTS)
      expect(headers['content-encoding'], url).toBe('br')
      expect(headers['vary'], url).toBe('Accept-Encoding')
      expect(headers['cache-control'], url).toBe('no-cache')
      const html = brotliDecompressSync(body).toString()
      expect(html, url).toContain('<head><meta name="oskc-backend" content="emulator"><title>')
      expect(html, url).toContain('<p>intro</p>'.repeat(100))
    }
    const gzipped = await rawGet(`${origin}/keys`, 'gzip')
    expect(gunzipSync(gzipped.body).toString()).toContain(
      '<meta name="oskc-backend" content="emulator">',
    )
  })
})

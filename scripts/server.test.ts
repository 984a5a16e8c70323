import { serve, type ServerType } from '@hono/node-server'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultEmulatorOptions } from '../emulator/options.ts'
import { createConsoleServer } from './server.ts'

let dist: string
let server: ServerType
let origin: string

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'console-dist-'))
  mkdirSync(path.join(dist, 'assets'))
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><head><title>console</title></head>')
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("app")')
  writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *')
  mkdirSync(path.join(dist, 'login'))
  writeFileSync(
    path.join(dist, 'login', 'index.html'),
    '<!doctype html><head><title>sign in</title></head>',
  )
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

describe('the npm start server', () => {
  it('serves the SPA for a deep link so a reload of /users/123/keys works', async () => {
    const response = await fetch(`${origin}/users/123/keys`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>console</title>')
    expect(response.headers.get('cache-control')).toBe('no-cache')
  })

  it('serves a page pre-rendered at build time at its own path, revalidated like the SPA', async () => {
    const response = await fetch(`${origin}/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>sign in</title>')
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('tells every page that its backend is the emulator, so the sign-in page may name the demo accounts', async () => {
    for (const page of ['/login', '/users/123/keys']) {
      const response = await fetch(`${origin}${page}`, { headers: { 'Accept-Encoding': 'gzip' } })
      expect(await response.text()).toContain(
        '<head><meta name="oskc-backend" content="emulator"><title>',
      )
    }
    const asset = await fetch(`${origin}/assets/index-abc123.js`)
    expect(await asset.text()).toBe('console.log("app")')
  })

  it('sends a strict content security policy and the other security headers', async () => {
    const response = await fetch(`${origin}/keys`)
    const csp = response.headers.get('content-security-policy') ?? ''
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
    ]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
  })

  it('caches hashed assets for a year and answers 404 for a missing one instead of the SPA', async () => {
    const asset = await fetch(`${origin}/assets/index-abc123.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const missing = await fetch(`${origin}/assets/index-gone.js`)
    expect(missing.status).toBe(404)
  })

  it('answers the IONOS APIs on the same origin, with the security headers too', async () => {
    const response = await fetch(`${origin}/cloudapi/v6/`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ name: 'CLOUD API' })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

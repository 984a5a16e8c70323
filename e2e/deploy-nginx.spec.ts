import { statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { createEmulator } from '../emulator/app.ts'
import { defaultEmulatorOptions } from '../emulator/options.ts'
import { expect, test } from './fixtures.ts'
import { signIn, waitForTheApp } from './helpers.ts'
import { startNginx, type RunningNginx } from '../scripts/nginx.ts'
import { servedAnswer } from '../scripts/served-size.ts'

interface Upstream {
  url: string
  close: () => Promise<void>
}

/**
 * The emulator as a real upstream may answer: with its own caching, a cookie and a server name,
 * none of which may reach the browser through the proxy.
 */
async function startNoisyUpstream(): Promise<Upstream> {
  const { app } = createEmulator(defaultEmulatorOptions)
  const noisy = async (request: Request) => {
    const answer = await app.fetch(request)
    const headers = new Headers(answer.headers)
    headers.set('Cache-Control', 'public, max-age=86400')
    headers.set('Expires', 'Thu, 31 Dec 2099 23:59:59 GMT')
    headers.append('Set-Cookie', 'upstream-session=abc; Path=/; HttpOnly')
    headers.set('Server', 'upstream-api/9.9')
    return new Response(answer.body, { status: answer.status, headers })
  }
  return await new Promise((resolve) => {
    const server = serve({ fetch: noisy, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    )
  })
}

// The documented nginx deployment (deploy/), with its IONOS upstreams pointed at a local emulator.
test.describe('the console behind the documented nginx configuration', () => {
  let upstream: Upstream
  let nginx: RunningNginx

  test.beforeAll(async () => {
    upstream = await startNoisyUpstream()
    nginx = await startNginx(upstream.url)
  })

  test.afterAll(async () => {
    await nginx?.stop()
    await upstream?.close()
  })

  test('signs in and lists the keys through the reverse proxy', async ({ page }) => {
    await signIn(page, 'alice@example.com', `${nginx.url}/keys`)
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Website assets' })).toBeVisible()
  })

  test('does not mention the demo accounts on the sign-in page: a deployment serves IONOS', async ({
    page,
  }) => {
    await page.goto(`${nginx.url}/login`)
    await waitForTheApp(page)
    await page.getByRole('textbox', { name: 'Email' }).fill('someone@example.com')
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expect(page.getByRole('note')).toHaveCount(0)
    await expect(page.locator('body')).not.toContainText('alice@example.com')
  })

  test('serves deep links, caching and the security headers', async ({ request }) => {
    const deepLink = await request.get(`${nginx.url}/users/123/keys`)
    expect(deepLink.status()).toBe(200)
    expect(await deepLink.text()).toContain('<div id="root">')
    const headers = deepLink.headers()
    expect(headers['cache-control']).toBe('no-cache')
    expect(headers['content-security-policy']).toContain("script-src 'self'")
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')

    for (const path of ['/login', '/keys', '/users']) {
      const prerendered = await request.get(`${nginx.url}${path}`)
      expect(await prerendered.text()).toContain(`<div id="root" data-prerendered="${path}">`)
      expect(prerendered.headers()['cache-control']).toBe('no-cache')
    }

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await deepLink.text())?.[1]
    expect(script).toBeDefined()
    const asset = await request.get(`${nginx.url}${script}`)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  test('sends the entry and the pages as the build compressed them: brotli, else gzip', async () => {
    const page = await servedAnswer(`${nginx.url}/keys`)
    expect(page.encoding).toBe('br')
    expect(page.vary).toBe('Accept-Encoding')
    const html = await (await fetch(`${nginx.url}/keys`)).text()
    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1]
    expect(entry).toBeDefined()
    const brotli = await servedAnswer(`${nginx.url}${entry}`)
    expect(brotli.encoding).toBe('br')
    expect(brotli.vary).toBe('Accept-Encoding')
    expect(brotli.bytes).toBe(
      statSync(path.join(import.meta.dirname, '..', 'dist', `${entry}.br`)).size,
    )
    const gzip = await servedAnswer(`${nginx.url}${entry}`, 'gzip, deflate')
    expect(gzip.encoding).toBe('gzip')
    expect(gzip.bytes).toBe(
      statSync(path.join(import.meta.dirname, '..', 'dist', `${entry}.gz`)).size,
    )
  })

  test('never lets an error be cached: a missing asset’s 404, a refused method, an overlong URI', async ({
    request,
  }) => {
    const missing = await request.get(`${nginx.url}/assets/missing-chunk.js`)
    expect(missing.status()).toBe(404)
    expect(missing.headers()['cache-control']).toBe('no-store')
    expect(missing.headers()['content-security-policy']).toContain("script-src 'self'")
    const refused = await request.post(`${nginx.url}/keys`, { data: 'x' })
    expect(refused.status()).toBe(405)
    expect(refused.headers()['cache-control']).toBe('no-store')
    // Refused before nginx picks a location.
    const overlong = await request.get(`${nginx.url}/${'a'.repeat(9000)}`)
    expect(overlong.status()).toBe(414)
    expect(overlong.headers()['cache-control']).toBe('no-store')
  })

  test('names itself nginx without a version on pages, assets, errors and API answers', async ({
    request,
  }) => {
    for (const path of [
      '/',
      '/keys',
      '/assets/missing-chunk.js',
      '/cloudapi/v6/',
      '/auth/v1/tokens',
    ]) {
      const answer = await request.get(`${nginx.url}${path}`)
      expect(answer.headers()['server'], path).toBe('nginx')
      expect(await answer.text(), path).not.toMatch(/nginx\/\d/)
    }
  })

  test('answers every API route with no-store, and keeps the upstream’s caching, cookies and server name out', async ({
    request,
  }) => {
    const basic = `Basic ${Buffer.from('alice@example.com:demo').toString('base64')}`
    const generated = await request.get(`${nginx.url}/auth/v1/tokens/generate`, {
      headers: { Authorization: basic },
    })
    expect(generated.status()).toBe(200)
    const { token } = (await generated.json()) as { token: string }
    const bearer = { Authorization: `Bearer ${token}` }
    // The upstream fails the next read of the regions: errors are no-store too.
    const fault = await request.post(`${upstream.url}/__emulator/faults`, {
      data: { path: '/s3-management/regions', status: 503 },
    })
    expect(fault.status()).toBe(201)

    const answers = [
      ['GET /auth/v1/tokens/generate', 200, generated],
      ['GET /cloudapi/v6/ (no auth)', 200, await request.get(`${nginx.url}/cloudapi/v6/`)],
      [
        'GET /cloudapi/v6/contracts',
        200,
        await request.get(`${nginx.url}/cloudapi/v6/contracts`, { headers: bearer }),
      ],
      [
        'GET /cloudapi/v6/contracts (no auth)',
        401,
        await request.get(`${nginx.url}/cloudapi/v6/contracts`),
      ],
      [
        'GET /s3-management/accesskeys',
        200,
        await request.get(`${nginx.url}/s3-management/accesskeys`, { headers: bearer }),
      ],
      [
        'GET /s3-management/regions (injected 503)',
        503,
        await request.get(`${nginx.url}/s3-management/regions`, { headers: bearer }),
      ],
    ] as const
    for (const [what, status, answer] of answers) {
      expect(answer.status(), what).toBe(status)
      const headers = answer.headers()
      expect(headers['cache-control'], what).toBe('no-store')
      expect(headers['expires'], what).toBeUndefined()
      expect(headers['set-cookie'], what).toBeUndefined()
      expect(headers['server'], what).toBe('nginx')
    }
  })
})

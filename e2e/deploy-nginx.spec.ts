import { startTestEmulator } from '../emulator/testing.ts'
import { expect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { startNginx, type RunningNginx } from './nginx.ts'

// The documented nginx deployment (deploy/), with its IONOS upstreams pointed at a local emulator.
test.describe('the console behind the documented nginx configuration', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>
  let nginx: RunningNginx

  test.beforeAll(async () => {
    emulator = await startTestEmulator()
    nginx = await startNginx(emulator.url)
  })

  test.afterAll(async () => {
    await nginx?.stop()
    await emulator?.close()
  })

  test('signs in and lists the keys through the reverse proxy', async ({ page }) => {
    await signIn(page, 'alice@example.com', `${nginx.url}/keys`)
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Website assets' })).toBeVisible()
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
    expect((await request.get(`${nginx.url}/assets/missing-chunk.js`)).status()).toBe(404)
  })
})

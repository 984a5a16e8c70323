import { demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test as base } from './fixtures.ts'
import { DEMO_PASSWORD, submitSignInForm } from './helpers.ts'
import { startLiveSetup, type LiveSetup } from './live.ts'

// Live mode pointed at a stand-in whose certificate comes from a CA the console was not told
// about (NODE_EXTRA_CA_CERTS names another): TLS is verified, so nothing may reach it.
const test = base.extend<object, { live: LiveSetup }>({
  live: [
    async ({}, use) => {
      const live = await startLiveSetup({ trusted: false })
      await use(live)
      await live.stop()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ live }, use) => use(live.console.url),
})
test.describe.configure({ timeout: 90_000 })
const expect = baseExpect.configure({ timeout: 30_000 })

const NOT_TRUSTED =
  /^IONOS could not be reached: the certificate of 127\.0\.0\.1:\d+ is not trusted/

test('live mode refuses an IONOS whose certificate it cannot trust: every request a clear 502, nothing sent', async ({
  page,
  live,
}) => {
  // In the browser: the sign-in says why, and stays.
  await page.goto('/login')
  await submitSignInForm(page, demoUsers.alice.email)
  // The console's own server wrote that answer (in IONOS's error shape): its words are quoted.
  await expect(page.getByRole('alert')).toContainText(
    /^The server answered: “IONOS could not be reached: the certificate of 127\.0\.0\.1:\d+ is not trusted/,
  )
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()

  // Every API path and method: a 502 in the IONOS error shape.
  const basic = Buffer.from(`${demoUsers.alice.email}:${DEMO_PASSWORD}`).toString('base64')
  const calls = [
    ['GET', '/auth/v1/tokens/generate'],
    ['GET', `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys?depth=1`],
    ['POST', `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`],
    ['PUT', '/s3-management/accesskeys/5eed0000-0000-4000-a000-000000000002'],
    ['DELETE', '/s3-management/accesskeys/5eed0000-0000-4000-a000-000000000002'],
  ] as const
  for (const [method, path] of calls) {
    const answer = await page.request.fetch(path, {
      method,
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json' },
      data: method === 'PUT' ? { properties: { description: 'x' } } : undefined,
    })
    expect(answer.status(), `${method} ${path}`).toBe(502)
    expect(answer.headers()['cache-control']).toBe('no-store')
    expect(await answer.json()).toEqual({
      httpStatus: 502,
      messages: [{ errorCode: 'PROXY_UNREACHABLE', message: expect.stringMatching(NOT_TRUSTED) }],
    })
  }
  expect(live.ionos.requestCount()).toBe(0)
  expect(live.console.log()).toMatch(/^GET \/auth\/v1\/tokens\/generate 502 \d+ ms \([A-Z_]+\)$/m)
})

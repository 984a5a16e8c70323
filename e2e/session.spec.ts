import { demoUsers } from '../emulator/seed.ts'
import { expect, test } from './fixtures.ts'
import { DEMO_PASSWORD, signIn, submitSignInForm } from './helpers.ts'
import type { APIRequestContext, Page } from '@playwright/test'

const SESSION_KEY = 'oskc.session'

async function sessionToken(page: Page): Promise<string> {
  const token = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)
  expect(token, 'a signed-in tab keeps its token in sessionStorage').toBeTruthy()
  return token ?? ''
}

async function tokenFor(request: APIRequestContext, email: string, ttl?: number) {
  const basic = Buffer.from(`${email}:${DEMO_PASSWORD}`).toString('base64')
  const query = ttl === undefined ? '' : `?ttl=${ttl}`
  const response = await request.get(`/auth/v1/tokens/generate${query}`, {
    headers: { Authorization: `Basic ${basic}` },
  })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

function tokenId(token: string): string {
  const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString())
  return header.kid as string
}

test.describe('signing in and out', () => {
  for (const { email, administrator } of [
    { email: 'owner@example.com', administrator: true },
    { email: 'admin@example.com', administrator: true },
    { email: 'alice@example.com', administrator: false },
  ]) {
    test(`${email} sees the navigation of their role and signing out revokes the token`, async ({
      page,
      request,
      emulator,
    }) => {
      void emulator
      await signIn(page, email)
      const navigation = page.getByRole('navigation', { name: 'Main navigation' })
      await expect(navigation.getByRole('link', { name: 'My keys' })).toBeVisible()
      await expect(navigation.getByRole('link', { name: 'Users & groups' })).toHaveCount(
        administrator ? 1 : 0,
      )
      const token = await sessionToken(page)

      await page.getByRole('button', { name: /^Account:/ }).click()
      await page.getByRole('menuitem', { name: 'Sign out' }).click()
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
      expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull()
      const afterSignOut = await request.get('/cloudapi/v6/contracts', {
        headers: { Authorization: `Bearer ${token}` },
      })
      expect(afterSignOut.status(), 'the old token is refused after sign-out').toBe(401)
      await page.goto('/keys')
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    })
  }

  test('a deep link opened while signed out comes back after signing in', async ({
    page,
    emulator,
  }) => {
    void emulator
    const deepLink = `/users/${demoUsers.bob.id}/keys`
    await signIn(page, 'owner@example.com', deepLink)
    await expect(page).toHaveURL(new RegExp(`${deepLink}$`))
  })

  test('a reload of the same tab stays signed in', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    await page.reload()
    await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0)
  })

  test('wrong credentials and a locked account each get a clear message', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.goto('/login')
    await page.getByRole('textbox', { name: 'Email' }).fill('alice@example.com')
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.')
    const password = page.getByRole('textbox', { name: 'Password' })
    await expect(password).toHaveValue('')
    // One error: the console emptied the field itself, so the field does not complain.
    await expect(page.getByText('Enter your password.')).toHaveCount(0)
    await expect(password).not.toHaveAttribute('aria-invalid', 'true')
    // Sending it empty now is the user's doing, and the field says so.
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Enter your password.')).toBeVisible()

    await submitSignInForm(page, 'locked@example.com')
    await expect(page.getByRole('alert')).toContainText('locked')
  })

  test('bad input is refused next to the field and sends nothing', async ({ page, emulator }) => {
    void emulator
    const authRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/auth/v1/')) authRequests.push(request.url())
    })
    await page.goto('/login')
    await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Enter an email address such as name@example.com.')).toBeVisible()
    await expect(page.getByText('Enter your password.')).toBeVisible()
    await page.getByRole('tab', { name: 'API token' }).click()
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Paste your API token.')).toBeVisible()
    expect(authRequests).toEqual([])
  })

  test('signs in with an API token, and explains a malformed or expired one', async ({
    page,
    request,
    emulator,
  }) => {
    void emulator
    await page.goto('/login')
    await page.getByRole('tab', { name: 'API token' }).click()
    const tokenField = page.getByRole('textbox', { name: 'API token' })

    await tokenField.fill('this-is-not-a-jwt')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(tokenField).toHaveAccessibleDescription(/not an IONOS API token/)

    const expiring = await tokenFor(request, 'alice@example.com', 1)
    await page.waitForTimeout(1500)
    await tokenField.fill(expiring)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toHaveText(/no longer valid/)

    await tokenField.fill(await tokenFor(request, 'alice@example.com'))
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('button', { name: 'Account: Alice Anderson' })).toBeVisible()
  })

  test('a 401 mid-action opens a re-sign-in dialog, keeps what was typed and completes the action', async ({
    page,
    emulator,
  }) => {
    test.slow() // a whole story: sign in, generate, re-sign-in, secret dialog, refreshed list
    void emulator
    await signIn(page, 'alice@example.com')
    await page.getByRole('button', { name: 'Generate key' }).first().click()
    const generate = page.getByRole('dialog', { name: 'Generate a key' })
    await generate.getByRole('textbox', { name: 'Description (optional)' }).fill('CI uploads')

    // The token dies while the dialog is open (revoked elsewhere, or expired).
    const token = await sessionToken(page)
    // From the page, not Playwright's request context: that one may reuse a keep-alive socket the
    // server already closed (ECONNRESET), while the browser retries such a socket itself.
    const revoked = await page.evaluate(
      async ({ path, bearer }) =>
        (await fetch(path, { method: 'DELETE', headers: { Authorization: `Bearer ${bearer}` } }))
          .ok,
      { path: `/auth/v1/tokens/${tokenId(token)}`, bearer: token },
    )
    expect(revoked).toBe(true)

    await generate.getByRole('button', { name: 'Generate' }).click()
    const reauth = page.getByRole('dialog', { name: 'Sign in again to continue' })
    await expect(reauth).toBeVisible()
    await expect(reauth.getByRole('textbox', { name: 'Email' })).toHaveValue('alice@example.com')
    await reauth.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
    await reauth.getByRole('button', { name: 'Sign in' }).click()

    await expect(reauth).toBeHidden()
    await expect(page.getByRole('dialog', { name: 'Save your secret key' })).toBeVisible()
    await page.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
    await page.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('cell', { name: 'CI uploads' })).toBeVisible()
    await expect(page.getByText('3 of 5 keys')).toBeVisible()
  })
})

test.describe('a short-lived sign-in', () => {
  test('asks IONOS for a working day, and an expired token reopens sign-in over what was typed', async ({
    page,
    request,
    emulator,
  }) => {
    test.slow() // a whole story: sign in, type, the token expires, re-sign-in, generate
    void emulator
    // The console asks for a working day; the test shortens the first token to a tiny ttl.
    const asked: string[] = []
    await page.route('**/auth/v1/tokens/generate*', async (route) => {
      const url = new URL(route.request().url())
      asked.push(url.searchParams.get('ttl') ?? 'none')
      if (asked.length === 1) url.searchParams.set('ttl', '20')
      await route.continue({ url: url.toString() })
    })
    // The page's clock stands still while the user types, so the token cannot expire too early.
    await page.clock.install()
    await signIn(page, 'alice@example.com')
    await page.clock.pauseAt(new Date(Date.now() + 100))
    const token = await sessionToken(page)

    await page.getByRole('button', { name: 'Generate key' }).first().click()
    await page.clock.runFor(2000)
    const generate = page.getByRole('dialog', { name: 'Generate a key' })
    await generate.getByRole('textbox', { name: 'Description (optional)' }).fill('Nightly backup')
    expect(asked).toEqual(['28800'])

    // Time runs on: the token expires, and the prompt opens without a click.
    await page.clock.resume()
    const reauth = page.getByRole('dialog', { name: 'Sign in again to continue' })
    await expect(reauth).toBeVisible({ timeout: 40_000 })
    // The page's clock ran ahead by the 2 s it was given: the server's refusal follows shortly.
    const status = async () =>
      (
        await request.get('/cloudapi/v6/contracts', {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).status()
    await expect.poll(status, { message: 'the server refuses the expired token' }).toBe(401)
    await reauth.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
    await reauth.getByRole('button', { name: 'Sign in' }).click()
    await expect(reauth).toBeHidden()
    expect(asked).toEqual(['28800', '28800'])

    await expect(generate.getByRole('textbox', { name: 'Description (optional)' })).toHaveValue(
      'Nightly backup',
    )
    await generate.getByRole('button', { name: 'Generate' }).click()
    await expect(page.getByRole('dialog', { name: 'Save your secret key' })).toBeVisible()
    await page.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
    await page.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('cell', { name: 'Nightly backup' })).toBeVisible()
  })
})

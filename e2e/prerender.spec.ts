import type { Page, Route } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { DEMO_PASSWORD } from './helpers.ts'

/**
 * Holds the app's entry script (or another of its files) until `release`: the page is as it
 * arrives, before that code.
 */
async function holdTheApp(page: Page, script = /\/assets\/index-[^/]+\.js$/) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(script, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

/** React has taken over the page: its handlers are on the form (React keeps them on the node). */
async function waitForTheApp(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector('form')
    return form !== null && Object.keys(form).some((key) => key.startsWith('__react'))
  })
}

test.describe('the pre-rendered sign-in page', () => {
  test('shows the form before its script has run, keeps what was typed then, and signs in', async ({
    page,
    emulator,
  }) => {
    void emulator
    const release = await holdTheApp(page)
    await page.goto('/login', { waitUntil: 'commit' })
    const heading = page.getByRole('heading', { level: 1, name: 'Sign in' })
    await expect(heading).toBeVisible()
    await expect(page.getByText('Use your IONOS account to manage')).toBeVisible()
    const email = page.getByRole('textbox', { name: 'Email' })
    await expect(email).toBeFocused()
    await email.fill('alice@example.com')
    await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD)
    const before = await heading.elementHandle()

    release()
    await waitForTheApp(page)
    // Hydrated, not rendered afresh: the same heading, the typed text still there.
    expect(await before?.evaluate((node) => node.isConnected)).toBe(true)
    await expect(email).toHaveValue('alice@example.com')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/keys$/)
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
  })

  test('paints in the dark scheme for a visitor whose system is dark, before any app code', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark', baseURL })
    const page = await context.newPage()
    await holdTheApp(page)
    await page.goto('/login', { waitUntil: 'commit' })
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark')
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 23, 34)')
    await context.close()
  })

  test('keeps a light choice saved in the console over a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/login')
    await page.evaluate(() => localStorage.setItem('oskc.theme', 'light'))
    await holdTheApp(page)
    await page.reload({ waitUntil: 'commit' })
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'light')
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(245, 247, 250)')
  })

  test('turns German for a visitor who chose German, without an error', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('oskc.locale', 'de'))
    await page.goto('/login')
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  })

  test('stays whole when another tab picks a language while its page code loads', async ({
    page,
  }) => {
    // The entry has decided to hydrate the English HTML and waits for the sign-in page's code.
    const release = await holdTheApp(page, /\/assets\/LoginRoute-[^/]+\.js$/)
    await page.goto('/login', { waitUntil: 'commit' })
    await expect(page.locator('[data-announcer]')).toBeAttached()
    await page.evaluate(() => localStorage.setItem('oskc.locale', 'de'))
    release()
    await waitForTheApp(page)
    // Hydrated in the HTML's language (a German first render would not match it: an error), and
    // the choice counts from the next load.
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible()
  })

  test('sends a signed-in visitor on to their keys', async ({ page, emulator }) => {
    void emulator
    await page.goto('/login')
    await page.getByRole('textbox', { name: 'Email' }).fill('alice@example.com')
    await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/keys$/)
    await page.goto('/login')
    await expect(page).toHaveURL(/\/keys$/)
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
  })
})

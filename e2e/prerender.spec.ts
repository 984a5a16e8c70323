import type { Page, Route } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expect, test } from './fixtures.ts'
import {
  DEMO_PASSWORD,
  fillSignInForm,
  signIn,
  submitSignInForm,
  waitForTheApp,
} from './helpers.ts'

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

/**
 * The emotion classes of the elements `selector` matches (and their descendants) whose styles the
 * page's HTML did not carry (src/boot/styleCache.ts): the app had to insert those itself. A class
 * without rules (a component with no styles of its own) is never inserted.
 */
function stylesNotInTheHtml(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const sheet = document.querySelector('style[data-prerendered-styles]')
    const names = new Set(sheet?.getAttribute('data-prerendered-styles')?.split(' '))
    const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText))
    const nodes = document.querySelectorAll(`${selector}, ${selector} *`)
    const classes = new Set([...nodes].flatMap((node) => [...node.classList]))
    return [...classes].filter(
      (name) =>
        name.startsWith('css-') &&
        !names.has(name.slice('css-'.length)) &&
        rules.some((rule) => rule.includes(`.${name}`)),
    )
  }, selector)
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
    await fillSignInForm(page, 'alice@example.com')
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

  test('holds a click on “Sign in” made before its code has run, and signs in once it has', async ({
    page,
    emulator,
  }) => {
    void emulator
    const release = await holdTheApp(page)
    await page.goto('/login', { waitUntil: 'commit' })
    await submitSignInForm(page, 'alice@example.com')
    // Not submitted by the browser: no reload, nothing typed lost, nothing in the URL.
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('alice@example.com')

    release()
    await expect(page).toHaveURL(/\/keys$/)
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
  })

  test('keeps a click on the “API token” tab made before its code has run, and opens the tab once it has', async ({
    page,
  }) => {
    const release = await holdTheApp(page)
    await page.goto('/login', { waitUntil: 'commit' })
    await page.getByRole('tab', { name: 'API token' }).click()
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible()

    release()
    await expect(page.getByRole('tab', { name: 'API token' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(page.getByRole('textbox', { name: 'API token' })).toBeVisible()
    // Clicked once, handled once: a click after the code runs is the app's alone.
    await page.getByRole('tab', { name: 'Email and password' }).click()
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible()
  })

  test('names the demo account under the form once its code has run, and moves nothing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shifts: number[] = []
      Object.assign(window, { layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    const release = await holdTheApp(page)
    await page.goto('/login', { waitUntil: 'commit' })
    const parts = [
      page.getByRole('heading', { level: 1, name: 'Sign in' }),
      page.getByRole('textbox', { name: 'Email' }),
      page.getByRole('textbox', { name: 'Password' }),
      page.getByRole('button', { name: 'Sign in' }),
    ]
    await expect(parts[3]!).toBeVisible()
    // Not in the HTML made at build time: the same build serves IONOS.
    await expect(page.getByRole('note')).toHaveCount(0)
    const before = await Promise.all(parts.map((part) => part.boundingBox()))

    release()
    await expect(page.getByRole('note')).toHaveText(
      'Demo: sign in as alice@example.com with the password demo; the other demo accounts are listed in the README.',
    )
    expect(await Promise.all(parts.map((part) => part.boundingBox()))).toEqual(before)
    expect(
      await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts),
    ).toEqual([])
  })

  test('names the demo account in German for a German visitor', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('oskc.locale', 'de'))
    await page.goto('/login')
    await expect(page.getByRole('note')).toHaveText(
      'Demo: Melden Sie sich als alice@example.com mit dem Passwort demo an; die übrigen Demo-Konten stehen in der README.',
    )
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

  test('is in German before its script has run for a visitor who chose German, and stays that page', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.addInitScript(() => localStorage.setItem('oskc.locale', 'de'))
    const release = await holdTheApp(page)
    await page.goto('/login', { waitUntil: 'commit' })
    const heading = page.getByRole('heading', { level: 1, name: 'Anmelden' })
    await expect(heading).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0)
    const email = page.getByRole('textbox', { name: 'E-Mail' })
    await expect(email).toBeFocused()
    await email.fill('alice@example.com')
    const before = await heading.elementHandle()

    release()
    await waitForTheApp(page)
    // Hydrated in German, not rendered afresh: the same heading, the typed text still there.
    expect(await before?.evaluate((node) => node.isConnected)).toBe(true)
    await expect(email).toHaveValue('alice@example.com')
    await page.getByRole('textbox', { name: 'Passwort' }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByText('2 von 5 Schlüsseln')).toBeVisible()
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

  test('is not shown to a signed-in visitor, who is sent on to their keys', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.alice.email)
    const release = await holdTheApp(page)
    await page.goto('/login', { waitUntil: 'commit' })
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/login')
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeHidden()
    release()
    await expect(page).toHaveURL(/\/keys$/)
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
  })
})

test.describe('the pre-rendered signed-in pages', () => {
  test('My keys shows its heading and introduction before the app code, then the keys in the same page', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.alice.email)
    const release = await holdTheApp(page)
    await page.reload({ waitUntil: 'commit' })
    const heading = page.getByRole('heading', { level: 1, name: 'My keys' })
    await expect(heading).toBeVisible()
    await expect(
      page.getByText('You can have up to 5; a key’s secret is shown only once'),
    ).toBeVisible()
    // Nothing that depends on who is signed in: that is not known before the code runs.
    await expect(page.getByRole('button', { name: /^Account:/ })).toHaveCount(0)
    await expect(page.getByRole('table')).toHaveCount(0)
    const before = await heading.elementHandle()

    release()
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Account: Alice Anderson' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Your Object Storage keys' })).toBeVisible()
    // Hydrated, not rendered afresh: the heading painted first is the one still shown.
    expect(await before?.evaluate((node) => node.isConnected)).toBe(true)
    // The theme's variables came with the HTML; the app did not compute and insert a second copy.
    const sheetsWithVariables = await page.evaluate(
      () =>
        [...document.styleSheets].filter((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('--mui-palette-primary-main:')),
        ).length,
    )
    expect(sheetsWithVariables).toBe(1)
    // Nor the components' styles: the app's style cache knew them from the HTML.
    const insertedAgain = await page.evaluate(() => {
      const prerendered = document.querySelector('style[data-prerendered-styles]')
      const names = prerendered?.getAttribute('data-prerendered-styles')?.split(' ') ?? []
      const inserted = [...document.styleSheets]
        .filter((sheet) => sheet.ownerNode !== prerendered)
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      return names.length === 0
        ? ['(no pre-rendered styles)']
        : names.filter((name) => inserted.some((rule) => rule.includes(`.css-${name}`)))
    })
    expect(insertedAgain).toEqual([])
    // The keys table's styles came with the page too, although the table was not in it.
    expect(await stylesNotInTheHtml(page, 'table')).toEqual([])
  })

  test('My keys shows a saved dark choice once it has taken over the page, without an error', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.alice.email)
    await page.evaluate(() => localStorage.setItem('oskc.theme', 'dark'))
    const release = await holdTheApp(page)
    await page.reload({ waitUntil: 'commit' })
    const heading = page.getByRole('heading', { level: 1, name: 'My keys' })
    await expect(heading).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark')
    const before = await heading.elementHandle()

    release()
    await expect(page.getByRole('button', { name: 'Theme (now: Dark theme)' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Your Object Storage keys' })).toBeVisible()
    expect(await before?.evaluate((node) => node.isConnected)).toBe(true)
    await page.getByRole('button', { name: 'Theme (now: Dark theme)' }).click()
    await page.getByRole('menuitemradio', { name: 'Light theme' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'light')
  })

  test('Users & groups shows its heading before the app code, then an administrator’s users and navigation', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, '/users')
    const release = await holdTheApp(page)
    await page.reload({ waitUntil: 'commit' })
    const heading = page.getByRole('heading', { level: 1, name: 'Users & groups' })
    await expect(heading).toBeVisible()
    await expect(page.getByText('The users of your contract.')).toBeVisible()
    await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveCount(0)
    const before = await heading.elementHandle()

    release()
    const users = page.getByRole('table', { name: 'Users of the contract' })
    await expect(users.getByRole('link', { name: 'Carol Clark' })).toBeVisible()
    const navigation = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(navigation.getByRole('link', { name: 'Users & groups' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(page.getByRole('searchbox', { name: 'Search users' })).toBeVisible()
    expect(await before?.evaluate((node) => node.isConnected)).toBe(true)
    expect(await stylesNotInTheHtml(page, 'table')).toEqual([])
  })

  test('are not shown to a signed-out visitor, who signs in and comes back to the page', async ({
    page,
    emulator,
  }) => {
    void emulator
    const release = await holdTheApp(page)
    await page.goto('/users', { waitUntil: 'commit' })
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/users')
    await expect(page.getByRole('heading', { name: 'Users & groups' })).toBeHidden()
    release()
    await expect(page).toHaveURL(/\/login$/)
    await submitSignInForm(page, demoUsers.owner.email)
    await expect(page).toHaveURL(/\/users$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Users & groups' })).toBeVisible()
  })
})

test.describe('the pre-rendered pages in a browser that prefers German', () => {
  test.use({ locale: 'de-DE' })

  test('My keys is in German before the app code, then shows the keys in the same page', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.goto('/login')
    await submitSignInForm(page, demoUsers.alice.email, 'de')
    await expect(page.getByText('2 von 5 Schlüsseln')).toBeVisible()
    const release = await holdTheApp(page)
    await page.reload({ waitUntil: 'commit' })
    const heading = page.getByRole('heading', { level: 1, name: 'Meine Schlüssel' })
    await expect(heading).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { level: 1, name: 'My keys' })).toHaveCount(0)
    const before = await heading.elementHandle()

    release()
    await expect(page.getByText('2 von 5 Schlüsseln')).toBeVisible()
    // Hydrated in German, not rendered afresh.
    expect(await before?.evaluate((node) => node.isConnected)).toBe(true)
  })
})

import type { Page, Request } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test as base } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { startServer } from './server.ts'

/** This file's workers get a server whose emulator holds 10,000 more users (each with keys). */
const test = base.extend<object, { server: { url: string } }>({
  server: [
    async ({}, use) => {
      const server = await startServer({ EMULATOR_USERS: '10000' })
      await use({ url: server.url })
      await server.stop()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
})

// In order, in one worker: one 10,000-user server, and timings not taken while this file's other
// test loads the same CPUs.
test.describe.configure({ mode: 'default', timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

/** The budget: a page switch or a search shows its results in under a second on localhost. */
const BUDGET_MS = 1000

/** API paths the page asks for while `action` runs and its results appear. */
async function requestsDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  const paths: string[] = []
  const record = (request: Request) => {
    const { pathname } = new URL(request.url())
    if (/^\/(cloudapi|auth|s3-management)\//.test(pathname)) paths.push(pathname)
  }
  page.on('request', record)
  try {
    await action()
  } finally {
    page.off('request', record)
  }
  return paths
}

declare global {
  interface Window {
    usersTestStarted?: number
  }
}

type Trigger = { click: string } | { type: string } | { submit: string }

/**
 * Measured in the page, so Playwright's own polling does not count: the clock starts at the
 * click or input event and stops at the first frame where the table shows `firstCell` and is
 * no longer busy.
 */
async function timeInPage(page: Page, trigger: Trigger, firstCell: RegExp): Promise<number> {
  await page.evaluate((trigger) => {
    const search = document.querySelector<HTMLInputElement>('input[type="search"]')
    window.usersTestStarted = performance.now()
    if ('click' in trigger) {
      document.querySelector<HTMLButtonElement>(trigger.click)?.click()
      return
    }
    if (!search) throw new Error('no search field')
    const text = 'type' in trigger ? trigger.type : trigger.submit
    // React listens for input events; the native setter makes it see the new value.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(search, text)
    search.dispatchEvent(new Event('input', { bubbles: true }))
    if ('submit' in trigger) search.form?.requestSubmit()
  }, trigger)
  const handle = await page.waitForFunction(
    ({ source, flags }) => {
      const table = document.querySelector('table[aria-label="Users of the contract"]')
      const cell = table?.querySelector('tbody tr > *')
      const ready =
        table?.getAttribute('aria-busy') === 'false' &&
        new RegExp(source, flags).test(cell?.textContent ?? '')
      return ready && performance.now() - (window.usersTestStarted ?? 0)
    },
    { source: firstCell.source, flags: firstCell.flags },
    { polling: 'raf', timeout: 15_000 },
  )
  return Math.round(Number(await handle.jsonValue()))
}

function report(what: string, ms: number) {
  test.info().annotations.push({ type: 'timing', description: `${what}: ${ms} ms` })
  console.log(`${test.info().title} · ${what}: ${ms} ms`)
}

const noKeyRequests = (paths: string[]) =>
  paths.filter((path) => /\/s3keys|\/accesskeys|\/um\/users\/[^/]+\/groups/.test(path))

for (const viewer of ['owner', 'admin'] as const) {
  test(`as the ${viewer}, pages and searches 10,000 users in under a second, without asking for keys`, async ({
    page,
  }) => {
    const nextPageFetched = page.waitForResponse((response) => {
      const url = new URL(response.url())
      return url.pathname === '/cloudapi/v6/um/users' && url.searchParams.get('offset') === '25'
    })
    await signIn(page, demoUsers[viewer].email, '/users?sort=email')
    const table = page.getByRole('table', { name: 'Users of the contract' })
    await expect(table.getByRole('link', { name: 'Adam Admin' })).toBeVisible()
    await expect(page.getByText('1–25 of more than 25')).toBeVisible()

    // Once page 1 is on screen, page 2 is fetched in the background.
    await nextPageFetched
    const all: string[] = []

    // Next page (fetched in the background meanwhile): users 26-50, at once.
    let ms = 0
    const pageSwitch = await requestsDuring(page, async () => {
      ms = await timeInPage(page, { click: 'button[aria-label="Go to the next page"]' }, / 00019$/)
    })
    report('next page (prefetched)', ms)
    expect(ms).toBeLessThan(BUDGET_MS)
    expect(pageSwitch.every((path) => path === '/cloudapi/v6/um/users')).toBe(true)
    expect(pageSwitch.length).toBeLessThanOrEqual(1)
    await expect(page).toHaveURL(/\/users\?sort=email&page=2$/)
    await expect(table.getByRole('cell').first()).toHaveText('user00019@example.com')
    all.push(...pageSwitch)

    // A page nobody fetched before: sorting by name starts again on page 1 in the new order.
    const sortSwitch = await requestsDuring(page, async () => {
      ms = await timeInPage(page, { click: 'thead th:first-child [role="button"]' }, /^Adam Admin/)
    })
    report('page in a new order (not prefetched)', ms)
    expect(ms).toBeLessThan(BUDGET_MS)
    expect(sortSwitch[0]).toBe('/cloudapi/v6/um/users')
    expect(sortSwitch.every((path) => path === '/cloudapi/v6/um/users')).toBe(true)
    await expect(page).toHaveURL(/\/users$/)
    all.push(...sortSwitch)

    // A typed name search (after its 300 ms pause) matching 1,250 users: three filters at once.
    const nameSearch = await requestsDuring(page, async () => {
      ms = await timeInPage(page, { type: 'fischer' }, /Fischer/)
    })
    report('typed name search, 300 ms pause included', ms)
    expect(ms).toBeLessThan(BUDGET_MS)
    expect(nameSearch.length).toBeGreaterThan(0)
    expect(nameSearch.every((path) => path === '/cloudapi/v6/um/users')).toBe(true)
    await expect(page).toHaveURL(/\/users\?q=fischer$/)
    all.push(...nameSearch)
    await expect(page.getByText(/More than 100 users match/)).toBeVisible()

    // An email search on Enter: exactly the one user.
    const emailSearch = await requestsDuring(page, async () => {
      ms = await timeInPage(page, { submit: 'user09999@' }, / 09999$/)
    })
    report('email search on Enter', ms)
    expect(ms).toBeLessThan(BUDGET_MS)
    expect(emailSearch).toEqual(['/cloudapi/v6/um/users'])
    await expect(table.getByRole('row')).toHaveCount(2)
    await expect(table.getByRole('cell', { name: 'user09999@example.com' })).toBeVisible()
    all.push(...emailSearch)
    expect(noKeyRequests(all)).toEqual([])
  })
}

test('opens a deep page from a shared link and goes back a page', async ({ page }) => {
  await signIn(page, demoUsers.admin.email, '/users?sort=email&page=200')
  const table = page.getByRole('table', { name: 'Users of the contract' })
  await expect(page.getByText('4,976–5,000 of more than 5,000')).toBeVisible()
  await expect(table.getByRole('cell', { name: 'user04969@example.com' })).toBeVisible()
  const paths = await requestsDuring(page, async () => {
    await page.getByRole('button', { name: 'Go to the previous page' }).click()
    await expect(table.getByRole('cell', { name: 'user04944@example.com' })).toBeVisible()
  })
  expect(noKeyRequests(paths)).toEqual([])
  await page.reload()
  await expect(page.getByText('4,951–4,975 of more than 4,975')).toBeVisible()
})

import type { Page } from '@playwright/test'
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

/** Three samples of the same kind of action; the median is what is checked and reported. */
async function medianOf(what: string, samples: (() => Promise<number>)[]): Promise<number> {
  const times: number[] = []
  for (const sample of samples) times.push(await sample())
  const median = [...times].sort((a, b) => a - b)[1] ?? Number.NaN
  const description = `${what}: median ${median} ms (${times.join(', ')})`
  test.info().annotations.push({ type: 'timing', description })
  console.log(`${test.info().title} · ${description}`)
  return median
}

/** The IONOS API requests among all the page made. */
const apiRequests = (paths: string[]) =>
  paths.filter((path) => /^\/(cloudapi|auth|s3-management)\//.test(path))

const onlyUsersAsked = (paths: string[]) =>
  paths.every((path) => path === '/cloudapi/v6/um/users' || path === '/cloudapi/v6/um/groups')

const keyOrGroupRequests = (paths: string[]) =>
  paths.filter((path) => /\/s3keys|\/accesskeys|\/um\/users\/[^/]+\/groups/.test(path))

/** Sorted by email, page `n` starts with the generated user number (n-1)·25-6 (7 demo users first). */
const firstOfPage = (n: number) => new RegExp(` ${String((n - 1) * 25 - 6).padStart(5, '0')}$`)

const NEXT = 'button[aria-label="Go to the next page"]'
const PREVIOUS = 'button[aria-label="Go to the previous page"]'

for (const viewer of ['owner', 'admin'] as const) {
  test(`as the ${viewer}, switches pages of 10,000 users in under a second, asking for no keys`, async ({
    page,
  }) => {
    const paths: string[] = []
    page.on('request', (request) => paths.push(new URL(request.url()).pathname))
    await signIn(page, demoUsers[viewer].email, '/users?sort=email&page=200')
    const table = page.getByRole('table', { name: 'Users of the contract' })
    await expect(table.getByRole('cell', { name: 'user04969@example.com' })).toBeVisible()
    const start = paths.length

    // Back from page 200: pages nobody fetched before, one request each.
    const back = await medianOf(
      'page switch, not fetched before',
      [199, 198, 197].map((n) => () => timeInPage(page, { click: PREVIOUS }, firstOfPage(n))),
    )
    expect(back).toBeLessThan(BUDGET_MS)
    await expect(page).toHaveURL(/\/users\?sort=email&page=197$/)
    await expect(page.getByText('4,901–4,925 of more than 4,925')).toBeVisible()

    // Forward again: those pages are in the cache, page 201 is fetched ahead.
    const forward = await medianOf(
      'page switch, fetched ahead',
      [198, 199, 200].map((n) => () => timeInPage(page, { click: NEXT }, firstOfPage(n))),
    )
    expect(forward).toBeLessThan(BUDGET_MS)

    const during = apiRequests(paths.slice(start))
    expect(keyOrGroupRequests(during)).toEqual([])
    expect(onlyUsersAsked(during)).toBe(true)
    expect(during.length).toBeGreaterThanOrEqual(3)
    expect(during.length).toBeLessThanOrEqual(5)
  })

  test(`as the ${viewer}, searches 10,000 users in under a second, asking for no keys`, async ({
    page,
  }) => {
    const paths: string[] = []
    page.on('request', (request) => paths.push(new URL(request.url()).pathname))
    await signIn(page, demoUsers[viewer].email, '/users')
    const table = page.getByRole('table', { name: 'Users of the contract' })
    await expect(table.getByRole('link', { name: /^Adam Admin/ })).toBeVisible()
    const start = paths.length

    // Typed names (each matches 1,250 users), the 300 ms pause included: three filters at once.
    const typed = await medianOf(
      'typed name search, 300 ms pause included',
      ['Fischer', 'Weber', 'Meyer'].map(
        (name) => () => timeInPage(page, { type: name.toLowerCase() }, new RegExp(name)),
      ),
    )
    expect(typed).toBeLessThan(BUDGET_MS)
    await expect(page).toHaveURL(/\/users\?q=meyer$/)
    await expect(page.getByText(/More than 100 users match/)).toBeVisible()

    // Emails on Enter: one request, one user.
    const submitted = await medianOf(
      'email search on Enter',
      ['09999', '05000', '00123'].map(
        (n) => () => timeInPage(page, { submit: `user${n}@` }, new RegExp(` ${n}$`)),
      ),
    )
    expect(submitted).toBeLessThan(BUDGET_MS)
    await expect(table.getByRole('row')).toHaveCount(2)
    await expect(table.getByRole('cell', { name: 'user00123@example.com' })).toBeVisible()

    const during = apiRequests(paths.slice(start))
    expect(keyOrGroupRequests(during)).toEqual([])
    expect(onlyUsersAsked(during)).toBe(true)
  })
}

test('opens a deep page from a shared link and keeps it on reload', async ({ page }) => {
  await signIn(page, demoUsers.admin.email, '/users?sort=email&page=200')
  const table = page.getByRole('table', { name: 'Users of the contract' })
  await expect(page.getByText('4,976–5,000 of more than 5,000')).toBeVisible()
  await expect(table.getByRole('cell', { name: 'user04969@example.com' })).toBeVisible()
  await page.getByRole('button', { name: 'Go to the previous page' }).click()
  await expect(table.getByRole('cell', { name: 'user04944@example.com' })).toBeVisible()
  await page.reload()
  await expect(page.getByText('4,951–4,975 of more than 4,975')).toBeVisible()
  await expect(table.getByRole('cell', { name: 'user04944@example.com' })).toBeVisible()
})

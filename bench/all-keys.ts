import type { CDPSession, Page, Response } from '@playwright/test'
import { signIn } from '../e2e/helpers.ts'
import { startServer } from '../e2e/server.ts'
import { arm, inputAt, launch, newProbedPage, probe, whenPresent } from './journeys.ts'
import { summarize, type Summary } from './stats.ts'

/*
 * The all-keys page (/users/keys) with 10,000 users and about 25,000 keys, rate limits off: the
 * whole read, the first rows, then typing in the filter, changing a filter and sorting on the full
 * table, and the tab's JS heap. Timed inside the page as in journeys.ts: from the user's input
 * event to the first frame where the table shows the change and is no longer busy.
 */

export interface AllKeysScale {
  users: number
  /** Rows of the table after the read (keys, users without keys, users not read). */
  rows: number
  /** Click on "All keys" in the navigation → the first key row in the DOM. */
  firstRowsMs: Summary
  /** Click on "All keys" → "Read … ago." (every user's keys read). */
  readMs: Summary
  /** API requests of one read (the last run) and how many were refused with 429. */
  readRequests: number
  refused: number
  typeMs: Summary
  filterMs: Summary
  sortMs: Summary
  /** The tab's JS heap after the read and the interactions, and after a garbage collection. */
  heapMb: { used: number; usedAfterGc: number; total: number }
  /** Interactions whose change the table had not shown after 10 s (counted as 10 s). */
  capped: number
}

const TABLE = 'table[aria-label="All keys of the contract"]'
const KEY_ROW = `${TABLE} tbody tr input[type="checkbox"]`
/** Letters typed into the empty filter, one per run (each narrows the table). */
const TYPED = 'wkvyf'

/** A change the table has not shown after this long counts as this long (and is counted). */
const CAP_MS = 10_000
let capped = 0

/** The page's "N of M rows · …" line, for waiting until the filtered table is shown. */
const summaryText = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('p[role="status"]')]
        .map((element) => element.textContent ?? '')
        .find((text) => / rows · /.test(text)) ?? '',
  )

/** Waits until the table is not busy and `changed` says it shows the new state; the frame's time. */
async function whenTableShows(page: Page, before: { summary: string; firstRow: string }) {
  const handle = await page.waitForFunction(
    ({ table, summary, firstRow }) => {
      const element = document.querySelector(table)
      if (element?.getAttribute('aria-busy') !== 'false') return false
      const line = [...document.querySelectorAll('p[role="status"]')]
        .map((entry) => entry.textContent ?? '')
        .find((text) => / rows · /.test(text))
      const first = element.querySelector('tbody tr[data-index]')?.textContent ?? ''
      return line !== summary || first !== firstRow ? performance.now() : false
    },
    { table: TABLE, ...before },
    { polling: 'raf', timeout: CAP_MS },
  )
  return (await handle.jsonValue()) as number
}

async function timeChange(page: Page, act: () => Promise<void>): Promise<number> {
  const before = {
    summary: await summaryText(page),
    firstRow: await page.evaluate(
      (table) =>
        document.querySelector(table)?.querySelector('tbody tr[data-index]')?.textContent ?? '',
      TABLE,
    ),
  }
  await arm(page)
  await act()
  try {
    const shown = await whenTableShows(page, before)
    return shown - (await inputAt(page))
  } catch {
    capped++
    const busy = await page.locator(TABLE).getAttribute('aria-busy')
    console.error(`no change within ${CAP_MS} ms: ${await summaryText(page)}, busy ${busy}`)
    return CAP_MS
  }
}

async function heap(cdp: CDPSession) {
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics')
    const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? 0
    return { used: value('JSHeapUsedSize'), total: value('JSHeapTotalSize') }
  }
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  const before = await metrics()
  await cdp.send('HeapProfiler.collectGarbage')
  const after = await metrics()
  return { used: mb(before.used), usedAfterGc: mb(after.used), total: mb(before.total) }
}

/** One read of /users/keys from the navigation: the first rows and the whole read. */
async function readOnce(page: Page) {
  await page.goto('/users')
  await page.getByRole('table', { name: 'Users of the contract' }).waitFor()
  // A read from scratch: not the scan this tab kept.
  await page.evaluate(() => sessionStorage.removeItem('oskc.all-keys'))
  const origin = (await probe(page, '__benchFetches')).length
  let refused = 0
  const count = (response: Response) => void (response.status() === 429 && refused++)
  page.on('response', count)
  await arm(page)
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'All keys' })
    .click()
  const first = await whenPresent(page, KEY_ROW)
  const clicked = await inputAt(page)
  const done = await (
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('p[role="status"]')].some((element) =>
          /^Read (just now|\d+ minutes? ago)\./.test(element.textContent ?? ''),
        )
          ? performance.now()
          : false,
      undefined,
      { polling: 'raf', timeout: 600_000 },
    )
  ).jsonValue()
  page.off('response', count)
  const fetches = (await probe(page, '__benchFetches')).slice(origin)
  return { firstMs: first - clicked, readMs: (done as number) - clicked, fetches, refused }
}

export async function measureAllKeysScale(
  runs: number,
  dist: string,
  users = 10_000,
  // The read takes tens of seconds: fewer runs than the quick timings.
  readRuns = Math.min(runs, 3),
): Promise<AllKeysScale> {
  const server = await startServer({ EMULATOR_USERS: String(users), CONSOLE_DIST: dist })
  const browser = await launch()
  try {
    const page = await newProbedPage(browser, server.url)
    await signIn(page, 'owner@example.com', '/users')
    const reads = []
    for (let run = 0; run < readRuns; run++) {
      reads.push(await readOnce(page))
      console.error(`read: first rows ${reads.at(-1)?.firstMs} ms, all ${reads.at(-1)?.readMs} ms`)
    }
    const last = reads.at(-1)!
    const summary = await summaryText(page)
    const rows = Number(/ of ([\d,]+) rows/.exec(summary)?.[1]?.replaceAll(',', '') ?? NaN)

    const field = page.getByRole('searchbox', { name: 'Filter by name, email or access key' })
    const typeMs: number[] = []
    await field.fill('')
    for (let run = 0; run < runs; run++) {
      // A letter narrows the table, Backspace brings back every row: each one filters all rows.
      const letter = TYPED[run % TYPED.length] ?? 'w'
      typeMs.push(await timeChange(page, () => field.press(letter)))
      typeMs.push(await timeChange(page, () => field.press('Backspace')))
    }
    await whenPresent(page, `${TABLE}[aria-busy="false"]`)

    const filterMs: number[] = []
    for (let run = 0; run < runs; run++) {
      await page.getByRole('combobox', { name: 'State' }).click()
      const option = run % 2 === 0 ? 'Inactive' : 'Active'
      filterMs.push(
        await timeChange(page, () =>
          page.getByRole('option', { name: option, exact: true }).click(),
        ),
      )
    }
    await page.getByRole('combobox', { name: 'State' }).click()
    await page.getByRole('option', { name: 'Active or inactive' }).click()

    const sortMs: number[] = []
    const byAge = page.getByRole('button', { name: 'Age (days)' })
    // Sorted once by age first: each measured click turns youngest-first into oldest-first or back.
    await byAge.click()
    await whenPresent(page, `${TABLE}[aria-busy="false"]`)
    for (let run = 0; run < runs; run++) sortMs.push(await timeChange(page, () => byAge.click()))

    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    return {
      users,
      rows,
      firstRowsMs: summarize(reads.map((read) => read.firstMs)),
      readMs: summarize(reads.map((read) => read.readMs)),
      readRequests: last.fetches.length,
      refused: last.refused,
      typeMs: summarize(typeMs),
      filterMs: summarize(filterMs),
      sortMs: summarize(sortMs),
      heapMb: await heap(cdp),
      capped,
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

// `node bench/all-keys.ts [runs] [users] [reads]`: this part alone, on the last `npm run build`
// (or the build in CONSOLE_DIST).
if (import.meta.main) {
  const result = await measureAllKeysScale(
    Number(process.argv[2] ?? 3),
    process.env.CONSOLE_DIST ?? 'dist',
    Number(process.argv[3] ?? 10_000),
    Number(process.argv[4] ?? 1),
  )
  console.log(JSON.stringify(result, null, 2))
}

import { chromium, type Browser, type Page, type Request } from '@playwright/test'
import { chromiumArgs, findChromium } from '../e2e/chromium.ts'
import { DEMO_PASSWORD, signIn } from '../e2e/helpers.ts'
import { startServer } from '../e2e/server.ts'
import { summarize, type Summary } from './stats.ts'

/*
 * Timings with Playwright in the tests' Chromium, at normal CPU speed. Start and end of a timing
 * are taken inside the page: performance.now() at the user's input event (or navigation start),
 * and when the awaited rows are in the DOM, polled every animation frame. API calls are timed by
 * a wrapper around window.fetch (when the app called it and when the response headers came), so
 * calls made together count as parallel however the network stack schedules them.
 */

const API_PATH = /^\/(cloudapi|auth|s3-management)\//
const TOKEN_PATH = '/auth/v1/tokens/generate'

export interface TimedRequest {
  method: string
  /** Path and query. */
  url: string
  /** Milliseconds after the user's action. */
  startMs: number
  endMs: number
}

export interface KeysLoad {
  /** From the click on "Sign in" to the key rows in the DOM. */
  signInToTableMs: Summary
  /** A signed-in load of /keys (reload of the tab): from navigation start to the key rows. */
  reloadToTableMs: Summary
  /** API calls after the sign-in call itself (the token), up to the key rows (median run). */
  apiRequests: TimedRequest[]
  /** Waves of API calls: a call made after all earlier ones were answered begins a new wave. */
  waves: number
  /** Main-thread long tasks (> 50 ms) between the click and the key rows (median run). */
  longTasks: { count: number; totalMs: number }
  /** Everything the tab fetched from the click to the key rows, scripts too (median run). */
  timeline: TimedRequest[]
}

export interface UsersScale {
  users: number
  /** Input → the new rows in the DOM (polled every frame). */
  pageSwitchMs: Summary
  /** The page switch's longest Event Timing entry. */
  pageSwitchEventMs: Summary
  searchMs: Summary
  /** API requests of one page switch and of one search (the median runs). */
  pageSwitchRequests: string[]
  searchRequests: string[]
  /** Requests for keys or single users made while paging or searching: should be none. */
  perUserRequests: string[]
}

interface FetchRecord {
  method: string
  url: string
  calledAt: number
  answeredAt: number
}

export interface BenchWindow {
  __benchInputAt: number | null
  __benchArm: () => void
  __benchFetches: FetchRecord[]
  __benchLongTasks: { start: number; duration: number }[]
  __benchEvents: EventRecord[]
}

export interface EventRecord {
  name: string
  /** Non-zero for the events of an interaction (pointerdown/up, click, keydown/up), as in INP. */
  interactionId: number
  start: number
  duration: number
  processingStart: number
  processingEnd: number
}

/**
 * Runs in the page before its scripts: the time of the first input event after __benchArm(),
 * every fetch call, every long task and every event-timing entry of at least 16 ms.
 */
function installProbes() {
  const w = window as unknown as BenchWindow
  w.__benchInputAt = null
  w.__benchArm = () => {
    w.__benchInputAt = null
  }
  for (const type of ['pointerdown', 'keydown', 'input']) {
    document.addEventListener(
      type,
      (event) => {
        if (w.__benchInputAt === null) w.__benchInputAt = event.timeStamp
      },
      { capture: true },
    )
  }
  w.__benchFetches = []
  const originalFetch = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const record = {
      method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
      url: new URL(url, location.href).pathname + new URL(url, location.href).search,
      calledAt: performance.now(),
      answeredAt: Number.NaN,
    }
    w.__benchFetches.push(record)
    try {
      return await originalFetch(input, init)
    } finally {
      record.answeredAt = performance.now()
    }
  }
  w.__benchLongTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      w.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'longtask', buffered: true })
  w.__benchEvents = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      w.__benchEvents.push({
        name: entry.name,
        interactionId: entry.interactionId,
        start: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
      })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
}

export const probe = <K extends keyof BenchWindow>(page: Page, key: K) =>
  page.evaluate((name) => (window as unknown as BenchWindow)[name], key) as Promise<BenchWindow[K]>

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs() })
}

export async function newProbedPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await page.addInitScript(installProbes)
  return page
}

export async function arm(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as BenchWindow).__benchArm())
}

export async function inputAt(page: Page): Promise<number> {
  const at = await probe(page, '__benchInputAt')
  if (at === null) throw new Error('no input event was seen')
  return at
}

/** Waits (polling every frame) until `selector` matches; returns performance.now() then. */
export async function whenPresent(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (css) => (document.querySelector(css) ? performance.now() : false),
    selector,
    { polling: 'raf', timeout: 30_000 },
  )
  return (await handle.jsonValue()) as number
}

export const now = (page: Page) => page.evaluate(() => performance.now())
const timeOrigin = (page: Page) => page.evaluate(() => performance.timeOrigin)

/** Network requests from now on; `finish` waits for them and times them from `originEpochMs`. */
function recordNetwork(page: Page) {
  const seen: Request[] = []
  const listener = (request: Request) => void seen.push(request)
  page.on('request', listener)
  return async (originEpochMs: number): Promise<TimedRequest[]> => {
    page.off('request', listener)
    const timed: TimedRequest[] = []
    for (const request of seen) {
      const response = await request.response().catch(() => null)
      await response?.finished().catch(() => null)
      const timing = request.timing()
      const url = new URL(request.url())
      const start = timing.startTime - originEpochMs
      timed.push({
        method: request.method(),
        url: url.pathname + url.search,
        startMs: Math.round(start),
        endMs: Math.round(start + Math.max(timing.responseEnd, 0)),
      })
    }
    return timed.sort((a, b) => a.startMs - b.startMs)
  }
}

/** API calls made after `since`, timed from it. */
async function apiCallsSince(page: Page, since: number): Promise<TimedRequest[]> {
  return (await probe(page, '__benchFetches'))
    .filter((call) => call.calledAt >= since && API_PATH.test(call.url))
    .map((call) => ({
      method: call.method,
      url: call.url,
      startMs: Math.round(call.calledAt - since),
      endMs: Math.round(call.answeredAt - since),
    }))
}

export function countWaves(requests: readonly TimedRequest[]): number {
  let waves = 0
  let answered = Number.NEGATIVE_INFINITY
  for (const request of [...requests].sort((a, b) => a.startMs - b.startMs)) {
    if (request.startMs >= answered) waves++
    answered = Math.max(answered, request.endMs)
  }
  return waves
}

/** The sample whose time is nearest the median: its details stand for the runs. */
export function nearestMedian<T extends { ms: number }>(samples: readonly T[], median: number) {
  return [...samples].sort((a, b) => Math.abs(a.ms - median) - Math.abs(b.ms - median))[0]
}

const KEY_ROWS = 'main table tbody tr'

/** /keys after sign-in (alice): time to the key rows, the API calls and their waves. */
export async function measureKeysLoad(baseUrl: string, runs: number): Promise<KeysLoad> {
  const browser = await launch()
  const samples: Omit<KeysLoad, 'signInToTableMs' | 'reloadToTableMs'>[] = []
  const signInMs: number[] = []
  const reloadMs: number[] = []
  try {
    for (let run = 0; run < runs; run++) {
      const page = await newProbedPage(browser, baseUrl)
      await page.goto('/login')
      await page.getByRole('textbox', { name: 'Email' }).fill('alice@example.com')
      await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
      await arm(page)
      const origin = await timeOrigin(page)
      const network = recordNetwork(page)
      await page.getByRole('button', { name: 'Sign in' }).click()
      const shown = await whenPresent(page, KEY_ROWS)
      const clicked = await inputAt(page)
      const ms = shown - clicked
      const calls = await apiCallsSince(page, clicked)
      const apiRequests = calls.filter((call) => !call.url.startsWith(TOKEN_PATH))
      const longTasks = (await probe(page, '__benchLongTasks')).filter(
        (task) => task.start >= clicked && task.start <= shown,
      )
      signInMs.push(ms)
      samples.push({
        apiRequests,
        waves: countWaves(apiRequests),
        longTasks: {
          count: longTasks.length,
          totalMs: Math.round(longTasks.reduce((sum, task) => sum + task.duration, 0)),
        },
        timeline: (await network(origin + clicked)).filter((r) => r.startMs <= ms),
      })

      // A signed-in navigation to /keys: the token is in the tab's sessionStorage.
      await page.reload({ waitUntil: 'commit' })
      reloadMs.push(await whenPresent(page, KEY_ROWS))
      await page.context().close()
    }
  } finally {
    await browser.close()
  }
  const signInToTableMs = summarize(signInMs)
  const indexed = signInMs.map((ms, index) => ({ ms, index }))
  const median = samples[nearestMedian(indexed, signInToTableMs.median)?.index ?? 0]
  if (!median) throw new Error('no /keys load was measured')
  return { signInToTableMs, reloadToTableMs: summarize(reloadMs), ...median }
}

/**
 * The slowest event of an interaction that started at or after `since`, as INP counts them. Hover
 * events (pointerover/out) are left out: Playwright moves the mouse and clicks in the same frame,
 * so their durations would repeat the click's.
 */
export async function slowestEventSince(page: Page, since: number): Promise<EventRecord | null> {
  // Event timing entries are queued after the next paint: let two frames pass first.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  )
  return (await probe(page, '__benchEvents'))
    .filter((entry) => entry.start >= since && entry.interactionId > 0)
    .reduce<EventRecord | null>(
      // Events of one frame share a duration; the one that did the work (click) explains it.
      (slowest, entry) =>
        slowest === null ||
        entry.duration > slowest.duration ||
        (entry.duration === slowest.duration &&
          entry.processingEnd - entry.processingStart >
            slowest.processingEnd - slowest.processingStart)
          ? entry
          : slowest,
      null,
    )
}

const PER_USER_PATH = /\/s3keys|\/accesskeys|\/um\/users\/[^/?]+(\/|\?|$)/
const SEARCH_TERMS = ['fischer', 'weber', 'rossi', 'meyer', 'garcia', 'becker', 'hoffmann']

/**
 * Runs `action` (a click or a fill), then waits until the users table is not busy and its first
 * row shows another user (one whose name contains `term`, for a search). Timed from the input
 * event; the API calls are those made meanwhile.
 */
async function untilRowsChange(page: Page, action: () => Promise<void>, term = '') {
  const before = await page.evaluate(
    () => document.querySelector('main table tbody th')?.textContent ?? '',
  )
  const since = await now(page)
  await arm(page)
  await action()
  const handle = await page.waitForFunction(
    ({ before, term }) => {
      if (!document.querySelector('main table[aria-busy="false"]')) return false
      const first = document.querySelector('main table tbody th')?.textContent ?? ''
      return first !== before && first.toLowerCase().includes(term) ? performance.now() : false
    },
    { before, term: term.toLowerCase() },
    { polling: 'raf', timeout: 30_000 },
  )
  const shown = (await handle.jsonValue()) as number
  const started = await inputAt(page)
  const calls = await apiCallsSince(page, started)
  const event = await slowestEventSince(page, since)
  return {
    ms: shown - started,
    eventMs: event?.duration ?? 0,
    requests: calls.map((call) => `${call.method} ${call.url}`),
  }
}

/**
 * With EMULATOR_USERS=10000 (a server of its own): as the owner on /users, go to the next page
 * `runs` times, then search `runs` names, each timed until its rows show.
 */
export async function measureUsersScale(
  runs: number,
  dist: string,
  users = 10_000,
): Promise<UsersScale> {
  const server = await startServer({ EMULATOR_USERS: String(users), CONSOLE_DIST: dist })
  const browser = await launch()
  const pageSwitches: { ms: number; eventMs: number; requests: string[] }[] = []
  const searches: { ms: number; requests: string[] }[] = []
  try {
    const page = await newProbedPage(browser, server.url)
    await signIn(page, 'owner@example.com', '/users')
    await page.getByRole('table', { name: 'Users of the contract' }).waitFor()
    await whenPresent(page, 'main table[aria-busy="false"] tbody th')
    const next = page.getByRole('button', { name: 'Go to the next page' })
    for (let run = 0; run < runs; run++) {
      pageSwitches.push(await untilRowsChange(page, () => next.click()))
    }
    const search = page.getByRole('searchbox', { name: 'Search users' })
    for (let run = 0; run < runs; run++) {
      const term = SEARCH_TERMS[run % SEARCH_TERMS.length] ?? 'fischer'
      searches.push(await untilRowsChange(page, () => search.fill(term), term))
    }
  } finally {
    await browser.close()
    await server.stop()
  }
  const pageSwitchMs = summarize(pageSwitches.map((entry) => entry.ms))
  const searchMs = summarize(searches.map((entry) => entry.ms))
  const everything = [...pageSwitches, ...searches].flatMap((entry) => entry.requests)
  return {
    users,
    pageSwitchMs,
    pageSwitchEventMs: summarize(pageSwitches.map((entry) => entry.eventMs)),
    searchMs,
    pageSwitchRequests: nearestMedian(pageSwitches, pageSwitchMs.median)?.requests ?? [],
    searchRequests: nearestMedian(searches, searchMs.median)?.requests ?? [],
    perUserRequests: [
      ...new Set(everything.filter((request) => PER_USER_PATH.test(request.split(' ')[1] ?? ''))),
    ],
  }
}

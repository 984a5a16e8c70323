import type { Browser, Locator, Page } from '@playwright/test'
import { signIn } from '../e2e/helpers.ts'
import {
  arm,
  inputAt,
  launch,
  nearestMedian,
  newProbedPage,
  now,
  slowestEventSince,
  type EventRecord,
} from './journeys.ts'
import { summarize, type Summary } from './stats.ts'

/*
 * Interactions as the user meets them, at normal CPU. Two figures per interaction:
 * - input → visible: from the input event (pointerdown or keydown) to the first paint that shows
 *   the result. A MutationObserver notices the DOM change that is the result (the dialog in the
 *   page, the switch's thumb on its other side); a task queued from the next animation frame runs
 *   after that frame's paint, and its time is the end.
 * - Event Timing: the longest event of the interaction, as INP counts it (interactionId > 0).
 * Event Timing alone misses work React does after the click's frame (a lazy dialog that suspends
 * and shows up a throttle later); input → visible alone misses a click that blocks the page.
 */

export interface InteractionTiming {
  name: string
  /** Input → the result painted. */
  visibleMs: Summary
  /** The longest Event Timing entry of the interaction. */
  durationMs: Summary
  /** The slowest event of the median run: input delay, handlers, and rendering until paint. */
  slowestEvent: { type: string; inputDelayMs: number; processingMs: number; presentationMs: number }
}

export interface Interactions {
  byInteraction: InteractionTiming[]
  /** The floor's toggle, dialog open and close, measured the same way (a control). */
  floor: InteractionTiming[]
  /** The interaction with the highest median Event Timing, and that figure. */
  slowestMs: Summary
  slowestName: string
  /** The interaction with the highest median input → visible, and that figure. */
  slowestVisibleMs: Summary
  slowestVisibleName: string
}

/** What shows that the interaction has done its work. */
type Result =
  | { present: string }
  | { absent: string }
  /** The first switch under `within` shows the other state than `was`. */
  | { switchIn: string; was: boolean }

interface VisibleWindow {
  __benchVisibleAt: number | null
}

async function watchFor(page: Page, result: Result): Promise<void> {
  await page.evaluate((result) => {
    const w = window as unknown as VisibleWindow
    w.__benchVisibleAt = null
    const met = () => {
      if ('present' in result) return document.querySelector(result.present) !== null
      if ('absent' in result) return document.querySelector(result.absent) === null
      // MUI marks the checked state on the switch's base: that class moves the thumb.
      const input = document.querySelector(`${result.switchIn} [role="switch"]`)
      return (
        input?.closest('.MuiSwitch-switchBase')?.classList.contains('Mui-checked') !== result.was
      )
    }
    const observer = new MutationObserver(() => {
      if (!met()) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => (w.__benchVisibleAt = performance.now())))
    })
    observer.observe(document, { subtree: true, childList: true, attributes: true })
  }, result)
}

async function visibleAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as VisibleWindow).__benchVisibleAt ?? false,
    null,
    { polling: 'raf', timeout: 30_000 },
  )
  return (await handle.jsonValue()) as number
}

interface Sample {
  ms: number
  visibleMs: number
  event: EventRecord | null
}
type Samples = Map<string, Sample[]>

/** Runs `action`, which begins with the user's input; records both figures under `name`. */
async function measure(
  page: Page,
  samples: Samples,
  name: string,
  result: Result,
  action: () => Promise<unknown>,
): Promise<Sample> {
  const since = await now(page)
  await watchFor(page, result)
  await arm(page)
  await action()
  const shown = await visibleAt(page)
  const visibleMs = Math.round(shown - (await inputAt(page)))
  const event = await slowestEventSince(page, since)
  const sample = { ms: event?.duration ?? 0, visibleMs, event }
  samples.set(name, [...(samples.get(name) ?? []), sample])
  return sample
}

const DIALOG = '[role="dialog"]'
const opened = { present: DIALOG }
const closed = { absent: DIALOG }
const CLOSE = 'close a dialog (Cancel or Close, the slowest of the run)'

/** Opens a dialog twice (the first open after the idle preload, then a later one), closing each. */
async function openTwice(page: Page, samples: Samples, what: string, opener: () => Locator) {
  const closes: Sample[] = []
  for (const which of ['first', 'later']) {
    await measure(page, samples, `open ${what}, ${which} time`, opened, () => opener().click())
    const dialog = page.getByRole('dialog')
    const close = dialog.getByRole('button', { name: /^(Cancel|Close)$/ }).first()
    closes.push(await measure(page, new Map(), CLOSE, closed, () => close.click()))
  }
  return closes
}

/** What a user does before the first click: reads the page while the idle preloads run. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
}

async function keysRun(page: Page, samples: Samples) {
  await signIn(page, 'alice@example.com')
  const table = page.getByRole('table')
  await table.getByRole('switch').first().waitFor()
  await settle(page)
  const firstRow = (name: RegExp) => table.getByRole('button', { name }).first()
  const closes = [
    ...(await openTwice(page, samples, 'Generate', () =>
      page.getByRole('button', { name: 'Generate key' }),
    )),
    ...(await openTwice(page, samples, 'Delete', () => firstRow(/^Delete key /))),
    ...(await openTwice(page, samples, 'Edit description', () =>
      firstRow(/^Edit description of key /),
    )),
    ...(await openTwice(page, samples, 'Renew', () => firstRow(/^Renew secret of key /))),
    ...(await openTwice(page, samples, 'Rotate', () => firstRow(/^Rotate key /))),
  ]
  const slowestClose = closes.reduce((a, b) => (b.visibleMs > a.visibleMs ? b : a))
  samples.set(CLOSE, [...(samples.get(CLOSE) ?? []), slowestClose])

  const toggle = table.getByRole('switch').first()
  const was = await toggle.isChecked()
  await measure(
    page,
    samples,
    'toggle a key (Active switch)',
    { switchIn: 'main table', was },
    () => toggle.click(),
  )
  await page.waitForLoadState('networkidle')

  // The token dies (revoked elsewhere) just before the click, whose request then gets 401.
  const revokeThenClick = async () => {
    await page.evaluate(async () => {
      const token = sessionStorage.getItem('oskc.session') ?? ''
      const header = JSON.parse(atob(token.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')))
      await fetch(`/auth/v1/tokens/${header.kid}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${token}` },
      })
    })
    // By CSS, and forced: a background read may already have opened the prompt.
    await page.locator('main table [role="switch"]').first().click({ force: true })
  }
  const prompt = 'the re-sign-in dialog (a click whose request gets 401)'
  await measure(page, samples, prompt, opened, revokeThenClick)
}

async function usersRun(page: Page, samples: Samples) {
  await signIn(page, 'owner@example.com', '/users')
  await page.getByRole('table', { name: 'Users of the contract' }).waitFor()
  await settle(page)
  await openTwice(page, samples, 'the key inventory', () =>
    page.getByRole('button', { name: 'Export key inventory' }),
  )
}

/**
 * On alice's keys: first and later opens of each key dialog, closing them, a toggle, the
 * re-sign-in prompt; on the owner's /users: the key inventory. A fresh tab per run.
 */
export async function measureInteractions(
  baseUrl: string,
  floorUrl: string,
  runs: number,
  resetEmulator: () => Promise<void>,
): Promise<Interactions> {
  const browser = await launch()
  const samples: Samples = new Map()
  const floorSamples: Samples = new Map()
  try {
    for (let run = 0; run < runs; run++) {
      await resetEmulator()
      for (const journey of [keysRun, usersRun]) {
        const page = await newProbedPage(browser, baseUrl)
        await journey(page, samples)
        await page.context().close()
      }
      await floorRun(browser, floorUrl, floorSamples)
    }
  } finally {
    await browser.close()
  }
  const byInteraction = [...samples].map(([name, list]) => timingOf(name, list))
  const slowest = (pick: (entry: InteractionTiming) => Summary) =>
    byInteraction.reduce((a, b) => (pick(b).median > pick(a).median ? b : a))
  const byEvent = slowest((entry) => entry.durationMs)
  const byVisible = slowest((entry) => entry.visibleMs)
  return {
    byInteraction,
    floor: [...floorSamples].map(([name, list]) => timingOf(name, list)),
    slowestMs: byEvent.durationMs,
    slowestName: byEvent.name,
    slowestVisibleMs: byVisible.visibleMs,
    slowestVisibleName: byVisible.name,
  }
}

/**
 * One run of the same kind of interactions on the floor's one screen (toggle a switch, open and
 * close its dialog), right after the console's run, so that both meet the same load: what this
 * stack costs on this machine without the console's code.
 */
async function floorRun(browser: Browser, floorUrl: string, samples: Samples): Promise<void> {
  const page = await newProbedPage(browser, floorUrl)
  await page.goto('/keys')
  await page.getByRole('switch').first().waitFor()
  await settle(page)
  const toggle = page.getByRole('switch').first()
  const was = await toggle.isChecked()
  await measure(page, samples, 'toggle a key (Active switch)', { switchIn: 'body', was }, () =>
    toggle.click(),
  )
  await measure(page, samples, 'open the Generate dialog', opened, () =>
    page.getByRole('button', { name: 'Generate key' }).click(),
  )
  await measure(page, samples, 'close a dialog (Cancel)', closed, () =>
    page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click(),
  )
  await page.context().close()
}

function timingOf(name: string, runsOf: Sample[]): InteractionTiming {
  const durationMs = summarize(runsOf.map((entry) => entry.ms))
  const event = nearestMedian(runsOf, durationMs.median)?.event
  return {
    name,
    visibleMs: summarize(runsOf.map((entry) => entry.visibleMs)),
    durationMs,
    slowestEvent: {
      type: event?.name ?? 'none over 16 ms',
      inputDelayMs: Math.round(event ? event.processingStart - event.start : 0),
      processingMs: Math.round(event ? event.processingEnd - event.processingStart : 0),
      presentationMs: Math.round(event ? event.start + event.duration - event.processingEnd : 0),
    },
  }
}

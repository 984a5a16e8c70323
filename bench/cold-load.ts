import { chromium, type Browser } from '@playwright/test'
import { chromiumArgs, findChromium } from '../e2e/chromium.ts'
import { DEMO_PASSWORD } from '../e2e/helpers.ts'
import { summarize, type Summary } from './stats.ts'

/*
 * A real (not simulated) cold load of a signed-in page on a slow phone's connection: Chromium
 * gets slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower CPU through the DevTools
 * protocol, with a cleared HTTP cache. Times are the page's own clock from the navigation.
 */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}

export interface ColdLoad {
  firstContentfulPaint: number
  appRunning: number
  /** The first row of the page's table (a key on /keys, a user on /users) in the DOM. */
  firstRow: number
  /** API requests: path, start and end from the navigation, in ms. */
  apiRequests: string[]
}

export async function coldLoad(
  browser: Browser,
  url: string,
  pagePath: string,
  email: string,
): Promise<ColdLoad> {
  const page = await browser.newPage()
  try {
    await page.goto(`${url}/login`)
    await page.getByRole('textbox', { name: 'Email' }).fill(email)
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: /^Account:/ }).waitFor()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.clearBrowserCache')
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(`${url}${pagePath}`, { waitUntil: 'commit' })
    // Polled every frame in the page, so that the times are the page's own clock.
    return await page.evaluate(
      () =>
        new Promise<ColdLoad>((resolve) => {
          let appRunning = 0
          let firstRow = 0
          const poll = () => {
            const now = performance.now()
            if (!appRunning && document.querySelector('[aria-label^="Account:"]')) appRunning = now
            if (!firstRow && document.querySelector('table tbody tr')) firstRow = now
            if (!appRunning || !firstRow) return void requestAnimationFrame(poll)
            const paint = performance.getEntriesByName('first-contentful-paint')[0]
            const apiRequests = performance
              .getEntriesByType('resource')
              .filter((entry) => entry instanceof PerformanceResourceTiming)
              .filter(({ name }) => /\/(cloudapi|s3-management)\//.test(name))
              .map(({ name, startTime, responseEnd }) => {
                const { pathname } = new URL(name)
                return `${pathname} ${Math.round(startTime)}–${Math.round(responseEnd)} ms`
              })
            resolve({
              firstContentfulPaint: paint?.startTime ?? Number.NaN,
              appRunning,
              firstRow,
              apiRequests,
            })
          }
          poll()
        }),
    )
  } finally {
    await page.close()
  }
}

export interface ColdLoadSummary {
  path: '/keys' | '/users'
  as: string
  firstRowMs: Summary
  firstContentfulPaintMs: Summary
  appRunningMs: Summary
}

/** The cold loads `npm run bench` reports: a key row on /keys (alice), a user row on /users. */
export async function measureColdLoads(url: string, runs: number): Promise<ColdLoadSummary[]> {
  const pages = [
    { path: '/keys', as: 'alice@example.com' },
    { path: '/users', as: 'owner@example.com' },
  ] as const
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() })
  const loads = new Map<string, ColdLoad[]>()
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        const load = await coldLoad(browser, url, page.path, page.as)
        loads.set(page.path, [...(loads.get(page.path) ?? []), load])
      }
    }
  } finally {
    await browser.close()
  }
  return pages.map((page) => {
    const measured = loads.get(page.path) ?? []
    return {
      ...page,
      firstRowMs: summarize(measured.map((load) => load.firstRow)),
      firstContentfulPaintMs: summarize(measured.map((load) => load.firstContentfulPaint)),
      appRunningMs: summarize(measured.map((load) => load.appRunning)),
    }
  })
}

/*
 * A real (not simulated) cold load of a signed-in page on a slow phone's connection, for weighing
 * a change that Lighthouse's simulation scores differently from what a person sees:
 *
 *   node bench/slow-load.ts --path /keys --as alice@example.com --runs 5 \
 *        http://127.0.0.1:4173 http://127.0.0.1:4174
 *
 * Each URL is a running `npm start` server (CONSOLE_DIST=… PORT=… for a second build); runs
 * alternate between them. Chromium gets slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up) and a
 * 4× slower CPU through the DevTools protocol, with a cleared HTTP cache. It prints, from the
 * navigation: the first contentful paint, when the app runs (the account menu is there) and when
 * the first table row is shown; then the median and range of each per URL. With --requests, also
 * when each API request started and ended.
 */
import { chromium, type Browser } from '@playwright/test'
import { parseArgs } from 'node:util'
import { chromiumArgs, findChromium } from '../e2e/chromium.ts'
import { DEMO_PASSWORD } from '../e2e/helpers.ts'
import { summarize } from './stats.ts'

const { values, positionals: urls } = parseArgs({
  options: {
    path: { type: 'string', default: '/keys' },
    as: { type: 'string', default: 'alice@example.com' },
    runs: { type: 'string', default: '5' },
    // Also print when each API request of a load started and ended.
    requests: { type: 'boolean', default: false },
  },
  allowPositionals: true,
})
if (urls.length === 0) throw new Error('Name at least one URL of a running console')

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}

interface Load {
  firstContentfulPaint: number
  appRunning: number
  firstRow: number
  /** API requests: path, start and end from the navigation, in ms. */
  apiRequests: string[]
}

async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const page = await browser.newPage()
  try {
    await page.goto(`${url}/login`)
    await page.getByRole('textbox', { name: 'Email' }).fill(String(values.as))
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: /^Account:/ }).waitFor()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.clearBrowserCache')
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(`${url}${values.path}`, { waitUntil: 'commit' })
    // Polled every frame in the page, so that the times are the page's own clock.
    return await page.evaluate(
      () =>
        new Promise<Load>((resolve) => {
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

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() })
const loads = new Map<string, Load[]>(urls.map((url) => [url, []]))
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    for (const url of urls) {
      const load = await coldLoad(browser, url)
      loads.get(url)?.push(load)
      const ms = (value: number) => `${Math.round(value)} ms`
      console.log(
        `${url} run ${run}: first contentful paint ${ms(load.firstContentfulPaint)}, ` +
          `app running ${ms(load.appRunning)}, first row ${ms(load.firstRow)}`,
      )
      if (values.requests) for (const request of load.apiRequests) console.log(`  ${request}`)
    }
  }
} finally {
  await browser.close()
}
for (const [url, runs] of loads) {
  const figure = (name: string, pick: (load: Load) => number) => {
    const { median, min, max } = summarize(runs.map(pick))
    return `${name} ${median} ms (${min}–${max})`
  }
  console.log(
    `${url}: ${figure('first contentful paint', (l) => l.firstContentfulPaint)}, ` +
      `${figure('app running', (l) => l.appRunning)}, ${figure('first row', (l) => l.firstRow)}`,
  )
}

/*
 * A real (not simulated) cold load of a signed-in page on a slow phone's connection, for weighing
 * a change that Lighthouse's simulation scores differently from what a person sees:
 *
 *   node bench/slow-load.ts --path /keys --as alice@example.com --runs 5 \
 *        http://127.0.0.1:4173 http://127.0.0.1:4174
 *
 * Each URL is a running `npm start` server (CONSOLE_DIST=… PORT=… for a second build); runs
 * alternate between them (the load itself: bench/cold-load.ts, which `npm run bench` runs for
 * /keys and /users). It prints, from the
 * navigation: the first contentful paint, when the app runs (the account menu is there) and when
 * the first table row is shown; then the median and range of each per URL. With --requests, also
 * when each API request started and ended.
 */
import { chromium } from '@playwright/test'
import { parseArgs } from 'node:util'
import { chromiumArgs, findChromium } from '../e2e/chromium.ts'
import { coldLoad, type ColdLoad as Load } from './cold-load.ts'
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

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() })
const loads = new Map<string, Load[]>(urls.map((url) => [url, []]))
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    for (const url of urls) {
      const load = await coldLoad(browser, url, String(values.path), String(values.as))
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

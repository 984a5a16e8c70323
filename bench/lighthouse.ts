import { startFlow, desktopConfig, type Config, type Result } from 'lighthouse'
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core'
import { chromiumArgs, findChromium } from '../e2e/chromium.ts'
import { DEMO_PASSWORD } from '../e2e/helpers.ts'
import { summarize, type Summary } from './stats.ts'

/*
 * Lighthouse (the npm package, with the same Chromium as the tests) on /login and, signed in, on
 * /keys (alice) and /users (the owner), and on the floor's one screen as a control. The session
 * token lives in the tab's sessionStorage, so a signed-in audit signs in through the form in one
 * tab and audits a navigation in a fresh tab given that session (a Lighthouse user flow without
 * storage reset); the HTTP cache is cleared first, so every audit is a cold load of the page's
 * assets and the first run of its code.
 */

export type Preset = 'mobile' | 'desktop'
export type App = 'console' | 'floor'
export interface Target {
  app: App
  path: '/login' | '/keys' | '/users'
  /** Who signs in first; null: audit without a session. */
  as: string | null
}
/** The floor's one screen is audited beside the console, as a control for the machine's load. */
export const TARGETS: readonly Target[] = [
  { app: 'console', path: '/login', as: null },
  { app: 'console', path: '/keys', as: 'alice@example.com' },
  { app: 'console', path: '/users', as: 'owner@example.com' },
  { app: 'floor', path: '/keys', as: null },
]

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const

export interface AuditSummary {
  app: App
  path: Target['path']
  preset: Preset
  performance: Summary
  accessibility: Summary
  bestPractices: Summary
  lcpMs: Summary
  tbtMs: Summary
  cls: Summary
  /** Audits below a full score in accessibility and best practices, in any run: the causes. */
  failedAudits: string[]
  /** The performance audits that cost points in the median run (id: score). */
  performanceLosses: string[]
  /** Lighthouse's measure of this machine's CPU speed at the time (lower is slower, or busier). */
  benchmarkIndex: Summary
  /** Where the time went in the median run: main thread, scripts, long tasks, the LCP element. */
  diagnostics: string[]
}

export interface OneAudit {
  scores: Record<(typeof CATEGORIES)[number], number>
  lcpMs: number
  tbtMs: number
  cls: number
  failedAudits: string[]
  performanceLosses: string[]
  benchmarkIndex: number
  diagnostics: string[]
}

interface TableDetails {
  items?: Record<string, unknown>[]
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function diagnose(lhr: Result): string[] {
  const items = (id: string) => ((lhr.audits[id]?.details ?? {}) as TableDetails).items ?? []
  const notes: string[] = []
  const mainThread = lhr.audits['mainthread-work-breakdown']
  if (mainThread?.numericValue !== undefined) {
    const groups = items('mainthread-work-breakdown')
      .slice(0, 3)
      .map((item) => `${String(item.groupLabel).toLowerCase()} ${seconds(Number(item.duration))}`)
    notes.push(`main thread ${seconds(mainThread.numericValue)} (${groups.join(', ')})`)
  }
  const scripts = items('bootup-time')
    .slice(0, 2)
    .map(
      (item) =>
        `${String(item.url).replace(/^https?:\/\/[^/]+/, '')} ${seconds(Number(item.total))}`,
    )
  if (scripts.length > 0) notes.push(`CPU by script: ${scripts.join(', ')}`)
  const longTasks = items('long-tasks')
  if (longTasks.length > 0) {
    const total = longTasks.reduce((sum, item) => sum + Number(item.duration), 0)
    notes.push(`${longTasks.length} long tasks, ${seconds(total)}`)
  }
  const lcp = ((lhr.audits['lcp-breakdown-insight']?.details ?? {}) as TableDetails).items ?? []
  const phases = ((lcp[0] as TableDetails | undefined)?.items ?? []).map(
    (item) => `${String(item.label).toLowerCase()} ${Math.round(Number(item.duration))} ms`,
  )
  const element = lcp[1] as { nodeLabel?: string; selector?: string } | undefined
  if (element) {
    const label = (element.nodeLabel ?? element.selector ?? '').slice(0, 40)
    notes.push(`LCP element “${label}” (${phases.join(', ')})`)
  }
  return notes
}

function readResult(lhr: Result): OneAudit {
  const score = (id: string) => lhr.categories[id]?.score ?? 0
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const below = (category: string) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => {
        // The first offending element, so that the cause can be found without the report.
        const item = ((audit?.details ?? {}) as TableDetails).items?.[0] as
          { node?: { snippet?: string; nodeLabel?: string; explanation?: string } } | undefined
        const node = item?.node
        const where = node
          ? ` at ${node.snippet ?? ''} “${(node.nodeLabel ?? '').slice(0, 60)}”`
          : ''
        const why = node?.explanation ? `: ${node.explanation.split('\n')[1]?.trim() ?? ''}` : ''
        return `${category}: ${audit?.id}${where}${why}`
      })
  const performanceLosses = (lhr.categories.performance?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
    .map((audit) => `${audit?.id} ${audit?.displayValue ?? ''} (score ${audit?.score})`.trim())
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
    },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failedAudits: [...below('accessibility'), ...below('best-practices')],
    performanceLosses,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    diagnostics: diagnose(lhr),
  }
}

async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle0' })
  await page.locator('input[autocomplete="username"]').fill(email)
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForSelector('[aria-label^="Account:"]', { timeout: 30_000 })
}

/**
 * A tab that has run none of the console's code, with the session of one that signed in: the
 * audit then counts the code's first run (its compilation included), as a reload of a bookmark
 * in a new tab does. The session is the tab's sessionStorage, handed over before any script runs.
 */
async function freshSignedInTab(
  context: BrowserContext,
  baseUrl: string,
  email: string,
): Promise<Page> {
  const signingIn = await context.newPage()
  await signIn(signingIn, baseUrl, email)
  const session = await signingIn.evaluate(() => JSON.stringify({ ...sessionStorage }))
  await signingIn.close()
  const page = await context.newPage()
  await page.evaluateOnNewDocument(
    (origin, stored) => {
      if (location.origin !== origin) return
      for (const [key, value] of Object.entries(JSON.parse(stored) as Record<string, string>))
        sessionStorage.setItem(key, value)
    },
    new URL(baseUrl).origin,
    session,
  )
  return page
}

/** Lighthouse's own advice for these: "Please run Lighthouse again". */
const TRANSIENT_ERRORS = ['NO_NAVSTART', 'NO_FCP', 'NO_LCP', 'PROTOCOL_TIMEOUT']

export async function auditOnce(
  browser: Browser,
  baseUrl: string,
  target: Target,
  preset: Preset,
): Promise<OneAudit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return readResult(await auditPage(browser, baseUrl, target, preset))
    } catch (error) {
      const transient = TRANSIENT_ERRORS.some((code) =>
        String(error).includes(`Lighthouse: ${code}`),
      )
      if (!transient || attempt === 3) throw error
    }
  }
}

/** One cold-load audit of a page; the whole Lighthouse result, for a closer look. */
export async function auditPage(
  browser: Browser,
  baseUrl: string,
  target: Target,
  preset: Preset,
): Promise<Result> {
  const context = await browser.createBrowserContext()
  try {
    const page = target.as
      ? await freshSignedInTab(context, baseUrl, target.as)
      : await context.newPage()
    const cdp = await page.createCDPSession()
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined
    const flow = await startFlow(page, {
      config,
      // Screenshots do not score; leaving them out saves time on a 2-core machine.
      flags: {
        onlyCategories: [...CATEGORIES],
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      },
    })
    await flow.navigate(`${baseUrl}${target.path}`, {
      name: `${target.path} ${preset}`,
      disableStorageReset: target.as !== null,
    })
    const result = await flow.createFlowResult()
    const lhr = result.steps[0]?.lhr
    if (!lhr) throw new Error(`Lighthouse gave no result for ${target.path} (${preset})`)
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    }
    const finalPath = new URL(lhr.finalDisplayedUrl).pathname
    if (finalPath !== target.path) {
      throw new Error(`Lighthouse audited ${finalPath} instead of ${target.path} (not signed in?)`)
    }
    return lhr
  } finally {
    await context.close()
  }
}

export function launchForLighthouse(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs(), '--headless=new'],
  })
}

/** Runs every page × preset `runs` times (interleaved, so load spikes spread) and summarises. */
export async function runLighthouse(
  baseUrls: Record<App, string>,
  runs: number,
  log: (line: string) => void = () => {},
): Promise<AuditSummary[]> {
  const browser = await launchForLighthouse()
  const collected = new Map<string, OneAudit[]>()
  try {
    for (let run = 1; run <= runs; run++) {
      for (const target of TARGETS) {
        for (const preset of ['mobile', 'desktop'] as const) {
          const started = Date.now()
          const audit = await auditOnce(browser, baseUrls[target.app], target, preset)
          const key = `${target.app} ${target.path} ${preset}`
          collected.set(key, [...(collected.get(key) ?? []), audit])
          log(
            `lighthouse ${key} run ${run}: performance ${audit.scores.performance}, ` +
              `LCP ${Math.round(audit.lcpMs)} ms, TBT ${Math.round(audit.tbtMs)} ms ` +
              `(${Math.round((Date.now() - started) / 1000)} s)`,
          )
        }
      }
    }
  } finally {
    await browser.close()
  }
  return TARGETS.flatMap((target) =>
    (['mobile', 'desktop'] as const).map((preset) => {
      const audits = collected.get(`${target.app} ${target.path} ${preset}`) ?? []
      const performance = summarize(
        audits.map((a) => a.scores.performance),
        2,
      )
      const medianRun = audits.find((a) => a.scores.performance === performance.median) ?? audits[0]
      return {
        app: target.app,
        path: target.path,
        preset,
        performance,
        accessibility: summarize(
          audits.map((a) => a.scores.accessibility),
          2,
        ),
        bestPractices: summarize(
          audits.map((a) => a.scores['best-practices']),
          2,
        ),
        lcpMs: summarize(audits.map((a) => a.lcpMs)),
        tbtMs: summarize(audits.map((a) => a.tbtMs)),
        cls: summarize(
          audits.map((a) => a.cls),
          3,
        ),
        failedAudits: [...new Set(audits.flatMap((a) => a.failedAudits))],
        performanceLosses: medianRun?.performanceLosses ?? [],
        benchmarkIndex: summarize(audits.map((a) => a.benchmarkIndex)),
        diagnostics: medianRun?.diagnostics ?? [],
      }
    }),
  )
}

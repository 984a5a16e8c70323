import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { format, resolveConfig } from 'prettier'
import type { AllKeysScale } from './all-keys.ts'
import { allKeysBudgetRows, allKeysMarkdown } from './all-keys-report.ts'
import type { ColdLoadSummary } from './cold-load.ts'
import type { Composition } from './composition.ts'
import type { MachineCheck } from './machine.ts'
import type { InteractionTiming, Interactions } from './interactions.ts'
import type { KeysLoad, UsersScale } from './journeys.ts'
import type { AuditSummary } from './lighthouse.ts'
import type { SizeResults } from './sizes.ts'
import { formatSummary, type Summary } from './stats.ts'

export interface Machine {
  cpus: number
  cpuModel: string
  memoryGb: number
  node: string
  chromium: string
  /** 1-minute load average when the bench started and when it ended. */
  loadAverage: { start: number; end: number }
  /** Whether the machine was quiet enough to judge (bench/machine.ts), measured first. */
  check: MachineCheck
}

export interface BenchResults {
  date: string
  commit: string
  /** Source files with uncommitted changes when the bench ran (the build includes them). */
  uncommitted: string[]
  machine: Machine
  runs: { lighthouse: number; timings: number }
  durationS: number
  sizes: SizeResults
  composition: { console: Composition; floor: Composition }
  lighthouse: AuditSummary[]
  keysLoad: KeysLoad
  coldLoads: ColdLoadSummary[]
  interactions: Interactions
  usersScale: UsersScale
  allKeys: AllKeysScale
  budgets: BudgetRow[]
  /** Set when the machine was too busy to judge and the run went on with --best-effort. */
  tooNoisy?: string
}

export interface BudgetRow {
  figure: string
  measured: string
  budget: string
  met: boolean
}

const kb = (value: number) => `${value} KB`
const ms = (summary: Summary) => formatSummary(summary, 'ms')
const score = (summary: Summary) =>
  summary.runs.length > 1 && summary.min !== summary.max
    ? `${summary.median.toFixed(2)} (${summary.min.toFixed(2)}–${summary.max.toFixed(2)})`
    : summary.median.toFixed(2)

export function budgetRows(
  results: Omit<BenchResults, 'budgets' | 'date' | 'durationS'>,
): BudgetRow[] {
  const { sizes, lighthouse, keysLoad, interactions, usersScale } = results
  const largest = sizes.console.lazyChunks[0]
  const audits = (preset: 'mobile' | 'desktop') =>
    lighthouse.filter((a) => a.app === 'console' && a.preset === preset)
  const byPage = (list: AuditSummary[], pick: (a: AuditSummary) => Summary) =>
    list.map((a) => `${a.path} ${pick(a).median.toFixed(2)}`).join(', ')
  const both = [...audits('mobile'), ...audits('desktop')]
  const worst = (pick: (a: AuditSummary) => Summary) =>
    both.reduce((low, a) => (pick(a).median < pick(low).median ? a : low), both[0]!)
  const worstCls = both.reduce((high, a) => (a.cls.median > high.cls.median ? a : high), both[0]!)
  const accessibility = worst((a) => a.accessibility)
  const bestPractices = worst((a) => a.bestPractices)
  const requests = keysLoad.apiRequests.length
  return [
    {
      figure: 'entry JS (as served)',
      measured: kb(sizes.console.entryKb),
      budget: `<= ${sizes.budgetsKb.entry} KB`,
      met: sizes.console.entryKb <= sizes.budgetsKb.entry,
    },
    {
      figure: 'entry + `/keys` (as served)',
      measured: kb(sizes.console.entryPlusKeysKb),
      budget: `<= ${sizes.budgetsKb.entryPlusKeys} KB`,
      met: sizes.console.entryPlusKeysKb <= sizes.budgetsKb.entryPlusKeys,
    },
    {
      figure: 'any lazy chunk (as served)',
      measured: largest ? `${kb(largest.kb)} (largest: \`${largest.name}\`)` : 'none',
      budget: `<= ${sizes.budgetsKb.lazyChunk} KB`,
      met: (largest?.kb ?? 0) <= sizes.budgetsKb.lazyChunk,
    },
    {
      figure: 'Lighthouse mobile performance',
      measured: byPage(audits('mobile'), (a) => a.performance),
      budget: '>= 0.95',
      met: audits('mobile').every((a) => a.performance.median >= 0.95),
    },
    {
      figure: 'Lighthouse desktop performance',
      measured: byPage(audits('desktop'), (a) => a.performance),
      budget: '1.00',
      met: audits('desktop').every((a) => a.performance.median >= 1),
    },
    {
      figure: 'Lighthouse accessibility (all pages, both presets)',
      measured: `lowest ${accessibility.accessibility.median.toFixed(2)} (${accessibility.path} ${accessibility.preset})`,
      budget: '1.00',
      met: both.every((a) => a.accessibility.median >= 1),
    },
    {
      figure: 'Lighthouse best practices (all pages, both presets)',
      measured: `lowest ${bestPractices.bestPractices.median.toFixed(2)} (${bestPractices.path} ${bestPractices.preset})`,
      budget: '1.00',
      met: both.every((a) => a.bestPractices.median >= 1),
    },
    {
      figure: 'CLS (all pages, both presets)',
      measured: `highest ${worstCls.cls.median} (${worstCls.path} ${worstCls.preset})`,
      budget: '<= 0.02',
      met: both.every((a) => a.cls.median <= 0.02),
    },
    {
      figure: 'slowest interaction, input → result painted',
      measured: `${ms(interactions.slowestVisibleMs)}: ${interactions.slowestVisibleName}`,
      budget: '<= 100 ms',
      met: interactions.slowestVisibleMs.median <= 100,
    },
    {
      figure: 'slowest interaction, Event Timing',
      measured: `${ms(interactions.slowestMs)}: ${interactions.slowestName}`,
      budget: '<= 100 ms',
      met: interactions.slowestMs.median <= 100,
    },
    {
      figure: 'API requests for `/keys` after sign-in',
      measured: `${requests} in ${keysLoad.waves} wave${keysLoad.waves === 1 ? '' : 's'}`,
      budget: '<= 3, in parallel',
      met: requests <= 3 && keysLoad.waves === 1,
    },
    {
      figure: `\`/users\` page switch, ${usersScale.users.toLocaleString('en')} users`,
      measured: ms(usersScale.pageSwitchMs),
      budget: '< 1 s',
      met: usersScale.pageSwitchMs.median < 1000,
    },
    {
      figure: `\`/users\` search, ${usersScale.users.toLocaleString('en')} users`,
      measured: ms(usersScale.searchMs),
      budget: '< 1 s',
      met: usersScale.searchMs.median < 1000,
    },
    {
      figure: '`/users` per-user key requests while paging and searching',
      measured: String(usersScale.perUserRequests.length),
      budget: 'none',
      met: usersScale.perUserRequests.length === 0,
    },
    ...allKeysBudgetRows(results.allKeys),
  ]
}

const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

export function budgetTable(rows: BudgetRow[]): string {
  return table(
    ['figure', 'measured', 'budget', 'met'],
    rows.map((row) => [row.figure, row.measured, row.budget, row.met ? '✓' : '✗']),
  )
}

function compositionTable(
  composition: BenchResults['composition'],
  key: 'byPart' | 'muiComponents',
  limit: number,
) {
  const floor = new Map(composition.floor[key].map((part) => [part.name, part.kb]))
  return table(
    [
      key === 'byPart' ? 'package or source folder' : '`@mui/material` component',
      'console',
      'floor',
      'difference',
    ],
    composition.console[key].slice(0, limit).map((part) => {
      const floorKb = floor.get(part.name) ?? 0
      const difference = Math.round((part.kb - floorKb) * 10) / 10
      return [
        `\`${part.name}\``,
        kb(part.kb),
        kb(floorKb),
        `${difference >= 0 ? '+' : ''}${difference} KB`,
      ]
    }),
  )
}

type InteractionRow = Omit<InteractionTiming, 'slowestEvent'> & {
  slowestEvent: InteractionTiming['slowestEvent'] | null
}

function interactionTable(rows: InteractionRow[]) {
  return table(
    [
      'interaction',
      'input → painted',
      'longest event',
      'its input delay / handlers / until paint (median run)',
    ],
    rows.map(({ name, visibleMs, durationMs, slowestEvent: event }) => [
      name,
      ms(visibleMs),
      ms(durationMs),
      event
        ? `${event.type}: ${event.inputDelayMs} / ${event.processingMs} / ${event.presentationMs} ms`
        : '',
    ]),
  )
}

export function renderMarkdown(results: BenchResults): string {
  const { sizes, machine, lighthouse, keysLoad, interactions, usersScale } = results
  const benchmarkIndex = lighthouse.flatMap((audit) => audit.benchmarkIndex.runs)
  const lines: string[] = []
  const uncommitted =
    results.uncommitted.length > 0
      ? ` plus uncommitted changes to ${results.uncommitted.length} file(s) (the build includes them)`
      : ''
  if (results.tooNoisy) {
    lines.push(
      `**A best-effort run on a machine too busy to judge.** ${results.tooNoisy.replace(' and nothing is written', '')} ` +
        'The run went on with `--best-effort`: the figures below are what this load allowed, and the ✓ and ✗ of the budget table judge the machine as much as the console.',
      '',
    )
  }
  lines.push(
    `Measured ${results.date} on commit \`${results.commit}\`${uncommitted}, by \`npm run bench\` in ${results.durationS} s.`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GiB, Node ${machine.node}, Chromium ${machine.chromium}. ` +
      `Load average ${machine.loadAverage.start} at the start and ${machine.loadAverage.end} at the end ` +
      `(other engineers' builds and tests share the machine); Lighthouse's benchmarkIndex ` +
      `${Math.min(...benchmarkIndex)}–${Math.max(...benchmarkIndex)}. ` +
      `Timings are the median of ${results.runs.timings} runs (min–max), Lighthouse figures the median of ${results.runs.lighthouse} audits.`,
    '',
    `Machine check before the run: the floor scored ${score(machine.check.floorPerformance)} on mobile Lighthouse ` +
      `with Lighthouse's benchmarkIndex ${machine.check.benchmarkIndex.median}; the bench judges budgets only with the floor at ` +
      `${machine.check.mark} or more and the benchmarkIndex at ${machine.check.benchmarkIndexMark} or more, before and during the run ` +
      '(bench/machine.ts), and says “too noisy, run again” otherwise.',
    '',
    '### Cold load on slow 4G with a 4× slower CPU (bench/cold-load.ts)',
    '',
    table(
      ['page', 'first contentful paint', 'app running', 'first row'],
      results.coldLoads.map((load) => [
        `\`${load.path}\` (${load.as.split('@')[0]})`,
        ms(load.firstContentfulPaintMs),
        ms(load.appRunningMs),
        ms(load.firstRowMs),
      ]),
    ),
    '',
    '### Budgets',
    '',
    budgetTable(results.budgets),
    '',
    '### Bundle (as `npm start` serves it to Chromium: brotli 11, precompressed)',
    '',
    table(
      ['', 'console', 'same-stack floor', 'console / floor'],
      [
        [
          'entry JS',
          kb(sizes.console.entryKb),
          kb(sizes.floor.entryKb),
          sizes.ratio.entry.toFixed(2),
        ],
        [
          'entry + `/keys`',
          kb(sizes.console.entryPlusKeysKb),
          kb(sizes.floor.entryPlusKeysKb),
          sizes.ratio.entryPlusKeys.toFixed(2),
        ],
      ],
    ),
    '',
    'Lazy chunks of the console: ' +
      sizes.console.lazyChunks
        .map((chunk) => `\`${path.basename(chunk.name)}\` ${kb(chunk.kb)}`)
        .join(', ') +
      '.',
    '',
    'Lazy chunks of the floor: ' +
      sizes.floor.lazyChunks
        .map((chunk) => `\`${path.basename(chunk.name)}\` ${kb(chunk.kb)}`)
        .join(', ') +
      '.',
    '',
    '#### What entry + `/keys` is made of (gzip, per module, estimated)',
    '',
    compositionTable(results.composition, 'byPart', 16),
    '',
    compositionTable(results.composition, 'muiComponents', 16),
    '',
    'Largest modules of the console in entry + `/keys`: ' +
      results.composition.console.largestModules
        .map((part) => `\`${part.name}\` ${kb(part.kb)}`)
        .join(', ') +
      '.',
    '',
    '### Lighthouse',
    '',
    table(
      ['page', 'preset', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'CLS'],
      lighthouse.map((audit) => [
        audit.app === 'floor' ? `floor \`${audit.path}\`` : `\`${audit.path}\``,
        audit.preset,
        score(audit.performance),
        score(audit.accessibility),
        score(audit.bestPractices),
        ms(audit.lcpMs),
        ms(audit.tbtMs),
        formatSummary(audit.cls),
      ]),
    ),
    '',
  )
  lines.push('Where the points went (the median run of each):', '')
  for (const audit of lighthouse) {
    const notes = [...audit.failedAudits, ...audit.performanceLosses, ...audit.diagnostics]
    const page = `${audit.app === 'floor' ? 'floor ' : ''}\`${audit.path}\` ${audit.preset}`
    if (notes.length > 0) lines.push(`- ${page}: ${notes.join('; ')}`)
  }
  lines.push(
    '',
    '### `/keys` after sign-in (alice)',
    '',
    table(
      ['figure', 'value'],
      [
        ['click on “Sign in” → key rows', ms(keysLoad.signInToTableMs)],
        ['signed-in load of `/keys` (reload) → key rows', ms(keysLoad.reloadToTableMs)],
        [
          'API requests after the token request',
          `${keysLoad.apiRequests.length} in ${keysLoad.waves} wave(s)`,
        ],
        [
          'main-thread long tasks, click → key rows',
          `${keysLoad.longTasks.count}, ${keysLoad.longTasks.totalMs} ms`,
        ],
      ],
    ),
    '',
    'Everything the tab fetched from the click to the key rows (the median run; ms after the click):',
    '',
    table(
      ['request', 'start', 'end'],
      keysLoad.timeline.map((request) => [
        `\`${request.method} ${request.url}\``,
        String(request.startMs),
        String(request.endMs),
      ]),
    ),
    '',
    '### Interactions (normal CPU): input → result painted, and Event Timing',
    '',
    "On alice's `/keys` (each dialog opened twice: first after the idle preload, then again), the owner's `/users` (the inventory) and, with 10,000 users, the next-page button.",
    '',
    interactionTable([
      ...interactions.byInteraction,
      {
        name: `next page on \`/users\`, ${usersScale.users.toLocaleString('en')} users (the new rows)`,
        visibleMs: usersScale.pageSwitchMs,
        durationMs: usersScale.pageSwitchEventMs,
        slowestEvent: null,
      },
    ]),
    '',
    'The floor under the same load (its one dialog and switch):',
    '',
    interactionTable(interactions.floor),
    '',
    `### \`/users\` with ${usersScale.users.toLocaleString('en')} users (as the owner)`,
    '',
    table(
      ['action', 'time to the new rows', 'API requests (median run)'],
      [
        [
          'next page',
          ms(usersScale.pageSwitchMs),
          usersScale.pageSwitchRequests.map((r) => `\`${r}\``).join('<br>'),
        ],
        [
          'search (fill, incl. the 300 ms search pause)',
          ms(usersScale.searchMs),
          usersScale.searchRequests.map((r) => `\`${r}\``).join('<br>'),
        ],
      ],
    ),
    '',
    `Per-user requests (keys, single users) while paging and searching: ${usersScale.perUserRequests.length === 0 ? 'none' : usersScale.perUserRequests.map((r) => `\`${r}\``).join(', ')}.`,
    ...allKeysMarkdown(results.allKeys),
  )
  return lines.join('\n')
}

export const RESULTS_START = '<!-- bench:results:start (written by npm run bench) -->'
export const RESULTS_END = '<!-- bench:results:end -->'

/** Writes the JSON record and puts the Markdown between the markers of docs/performance.md. */
export async function writeReports(
  results: BenchResults,
  jsonPath: string,
  docPath: string,
): Promise<string> {
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`)
  const markdown = renderMarkdown(results)
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : ''
  const start = current.indexOf(RESULTS_START)
  const end = current.indexOf(RESULTS_END)
  const section = `${RESULTS_START}\n\n${markdown}\n\n${RESULTS_END}`
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + RESULTS_END.length)
      : `${current.trimEnd()}\n\n## Latest results\n\n${section}\n`
  const options = (await resolveConfig(docPath)) ?? {}
  writeFileSync(docPath, await format(next, { ...options, filepath: docPath }))
  return markdown
}

/*
 * One page, one preset, a few Lighthouse audits, for working on a score between bench runs:
 *
 *   node bench/lighthouse-page.ts --url http://127.0.0.1:4173 --path /keys --as alice@example.com
 *        [--preset mobile|desktop] [--runs 3]
 *
 * Prints each audit's metrics and writes the last result to bench/tmp/lighthouse-<page>-<preset>.json
 * (open it in the Lighthouse viewer, or read its audits).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { auditPage, launchForLighthouse, type Preset, type Target } from './lighthouse.ts'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4173' },
    path: { type: 'string', default: '/login' },
    as: { type: 'string' },
    preset: { type: 'string', default: 'mobile' },
    runs: { type: 'string', default: '1' },
  },
})
const preset = values.preset as Preset
if (preset !== 'mobile' && preset !== 'desktop') throw new Error('--preset is mobile or desktop')
const target: Target = {
  app: 'console',
  path: values.path as Target['path'],
  as: values.as ?? null,
}
const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'speed-index',
  'total-blocking-time',
  'cumulative-layout-shift',
]

const browser = await launchForLighthouse()
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const lhr = await auditPage(browser, values.url, target, preset)
    const metrics = metricIds.map((id) => {
      const audit = lhr.audits[id]
      return `${id.replace(/-/g, ' ')} ${audit?.displayValue ?? '?'} (${audit?.score ?? '?'})`
    })
    console.log(
      `${target.path} ${preset} run ${run}: performance ${lhr.categories.performance?.score}; ` +
        `${metrics.join('; ')}; benchmarkIndex ${lhr.environment.benchmarkIndex}`,
    )
    const out = path.join(
      import.meta.dirname,
      'tmp',
      `lighthouse-${target.path.slice(1)}-${preset}.json`,
    )
    await mkdir(path.dirname(out), { recursive: true })
    await writeFile(out, JSON.stringify(lhr))
  }
} finally {
  await browser.close()
}

import { distDirectory, ensureBuild } from './build-state.ts'
import {
  budgetFailures,
  BUDGETS_KB,
  measureBundle,
  weakerOf,
  type BundleReport,
} from './bundle-size.ts'
import { BROWSER_ACCEPT_ENCODING, startDeployedNginx, startNpmStart } from './served-size.ts'

/*
 * The budgets count the bytes a browser is sent: each JavaScript file is asked for as Chromium
 * asks, from `npm start` and from nginx with deploy/'s configuration, and the larger of the two
 * answers counts. A server that stops sending the build's brotli files fails here.
 */
ensureBuild()
const servers = [await startNpmStart(distDirectory), await startDeployedNginx(distDirectory)]
try {
  const reports: BundleReport[] = []
  for (const server of servers) reports.push(await measureBundle(distDirectory, server.bytesOf))
  const served = reports.reduce(weakerOf)
  const encodingsOf = (server: (typeof servers)[number]) =>
    [...new Set(server.encodings.values())].join('+')
  const column = (kb: (report: BundleReport) => number) =>
    reports
      .map((report, i) => `${servers[i]!.name} ${kb(report)} KB ${encodingsOf(servers[i]!)}`)
      .join(', ')
  console.log(`As served for Accept-Encoding: ${BROWSER_ACCEPT_ENCODING}`)
  console.log(
    `entry JS           ${served.entryKb} KB in ${served.entryFiles} file(s) (budget ${BUDGETS_KB.entry} KB, in one file; ${column((r) => r.entryKb)})`,
  )
  console.log(
    `entry + /keys      ${served.entryPlusKeysKb} KB (budget ${BUDGETS_KB.entryPlusKeys} KB; ${column((r) => r.entryPlusKeysKb)})`,
  )
  const largest = served.lazyChunks[0]
  if (largest)
    console.log(
      `largest lazy chunk ${largest.kb} KB (${largest.name}, budget ${BUDGETS_KB.lazyChunk} KB)`,
    )
  const failures = budgetFailures(served)
  if (failures.length > 0) {
    console.error(`Bundle size budgets missed (see npm run analyze):\n- ${failures.join('\n- ')}`)
    process.exitCode = 1
  }
} finally {
  for (const server of servers) await server.stop()
}

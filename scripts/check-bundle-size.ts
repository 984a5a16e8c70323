import { ensureBuild } from './build-state.ts'
import { budgetFailures, BUDGETS_KB, measureBundle } from './bundle-size.ts'

ensureBuild()
const report = measureBundle()
console.log(
  `entry JS          ${report.entryKb} KB gzip in ${report.entryFiles} file(s) (budget ${BUDGETS_KB.entry} KB, in one file)`,
)
console.log(
  `entry + /keys     ${report.entryPlusKeysKb} KB gzip (budget ${BUDGETS_KB.entryPlusKeys} KB)`,
)
const largest = report.lazyChunks[0]
if (largest)
  console.log(
    `largest lazy chunk ${largest.kb} KB gzip (${largest.name}, budget ${BUDGETS_KB.lazyChunk} KB)`,
  )
const failures = budgetFailures(report)
if (failures.length > 0) {
  console.error(`Bundle size budgets missed (see npm run analyze):\n- ${failures.join('\n- ')}`)
  process.exit(1)
}

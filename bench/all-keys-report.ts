import type { AllKeysScale } from './all-keys.ts'
import { formatSummary } from './stats.ts'

/** The all-keys page's budgets (issue 22) and its section of docs/performance.md. */

const ms = (summary: AllKeysScale['readMs']) => formatSummary(summary, 'ms')

export function allKeysBudgetRows(scale: AllKeysScale) {
  const users = scale.users.toLocaleString('en')
  const rows = `${scale.rows.toLocaleString('en')} rows`
  return [
    {
      figure: `all keys: the whole read, ${users} users, rate limits off`,
      measured: ms(scale.readMs),
      budget: '< 60 s',
      met: scale.readMs.median < 60_000,
    },
    {
      figure: `all keys: first rows visible after “All keys” is clicked, ${users} users`,
      measured: ms(scale.firstRowsMs),
      budget: '< 1 s',
      met: scale.firstRowsMs.median < 1000,
    },
    {
      figure: `all keys: typing in the filter → table updated, ${rows}`,
      measured: ms(scale.typeMs),
      budget: '< 100 ms',
      met: scale.typeMs.median < 100,
    },
    {
      figure: `all keys: changing a filter → table updated, ${rows}`,
      measured: ms(scale.filterMs),
      budget: '< 100 ms',
      met: scale.filterMs.median < 100,
    },
    {
      figure: `all keys: sorting → table updated, ${rows}`,
      measured: ms(scale.sortMs),
      budget: '< 100 ms',
      met: scale.sortMs.median < 100,
    },
    {
      figure: `all keys: the tab's JS heap, ${rows}`,
      measured: `${scale.heapMb.used} MB (${scale.heapMb.usedAfterGc} MB after a garbage collection)`,
      budget: '< 150 MB',
      met: scale.heapMb.used < 150,
    },
  ]
}

export function allKeysMarkdown(scale: AllKeysScale): string[] {
  return [
    '',
    `### All keys (\`/users/keys\`) with ${scale.users.toLocaleString('en')} users (as the owner, bench/all-keys.ts)`,
    '',
    `${scale.rows.toLocaleString('en')} rows; one read sent ${scale.readRequests} API requests, ` +
      `${scale.refused} of them refused with 429. The read is timed from the click on “All keys” ` +
      'in the navigation (the page’s code is loaded then too); interactions from the input event ' +
      'to the first frame where the table shows the change and is no longer busy.',
    '',
    '| action | time |',
    '| --- | --- |',
    `| click on “All keys” → first key rows | ${ms(scale.firstRowsMs)} |`,
    `| click on “All keys” → every user read | ${ms(scale.readMs)} |`,
    `| a letter typed into the filter, or Backspace → table updated | ${ms(scale.typeMs)} |`,
    `| State changed (menu option) → table updated | ${ms(scale.filterMs)} |`,
    `| sort by age turned → table updated | ${ms(scale.sortMs)} |`,
    '',
    `JS heap after the reads and interactions: ${scale.heapMb.used} MB used of ${scale.heapMb.total} MB, ` +
      `${scale.heapMb.usedAfterGc} MB after a garbage collection.` +
      (scale.capped > 0
        ? ` ${scale.capped} interaction(s) had not updated the table after 10 s and count as 10 s.`
        : ''),
  ]
}

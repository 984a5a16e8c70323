import { downloadText } from '../../../lib/browser/download'
import { inventoryCsv } from '../inventory/csv'
import type { UserResult } from '../inventory/scan'
import type { KeyTableRow } from './rows'

/**
 * The shown rows as the inventory's CSV (its columns and rules: every cell text to a spreadsheet,
 * never a secret), with a UTF-8 byte order mark so that spreadsheets read names with umlauts
 * right. Rows of one user are grouped back into that user's result.
 */
export function shownRowsCsv(rows: readonly KeyTableRow[], now = new Date()): string {
  const results: UserResult[] = []
  const byUser = new Map<
    string,
    { user: UserResult['user']; keys: NonNullable<Extract<UserResult, { keys: unknown }>['keys']> }
  >()
  for (const row of rows) {
    if (row.kind === 'not-read') results.push({ user: row.user, error: row.error ?? '' })
    else if (row.kind === 'no-keys') results.push({ user: row.user, keys: [] })
    else {
      let entry = byUser.get(row.user.id)
      if (!entry) {
        entry = { user: row.user, keys: [] }
        byUser.set(row.user.id, entry)
        results.push(entry)
      }
      entry.keys.push({
        accessKey: row.accessKey ?? '',
        active: row.active === true,
        createdDate: row.createdDate,
      })
    }
  }
  return `\uFEFF${inventoryCsv(results, now)}`
}

/** `ionos-all-keys-2026-03-01.csv` */
export function downloadShownRows(rows: readonly KeyTableRow[], now = new Date()): void {
  const name = `ionos-all-keys-${now.toISOString().slice(0, 10)}.csv`
  downloadText(shownRowsCsv(rows, now), name, 'text/csv;charset=utf-8')
}

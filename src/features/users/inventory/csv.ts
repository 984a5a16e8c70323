import { textCsv } from '../../../lib/browser/csv'
import { ageInDays } from '../../../lib/i18n'
import type { UserResult } from './scan'

/**
 * The inventory as CSV: one row per key. A user without keys gets one row with empty key columns
 * ("no keys"); a user whose keys could not be read gets one row marked "not read: <reason>", so
 * the file is complete and says where it is not. Never a secret: the scan does not have any.
 * Every cell is kept as text by any spreadsheet, whichever separator it splits on; every date is
 * ISO 8601 in UTC to the second, whatever form the API sent.
 */
export const INVENTORY_HEADER = [
  'User',
  'Email',
  'User ID',
  'Access key',
  'Active',
  'Created',
  'Age (days)',
  'Result',
] as const

function parsed(date: string | null): Date | null {
  if (date === null) return null
  const value = new Date(date)
  return Number.isNaN(value.getTime()) ? null : value
}

/** `2026-03-01T12:00:00Z`: the one date format of the file. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function created(createdDate: string | null, now: Date): [string, string] {
  const date = parsed(createdDate)
  return date === null ? ['', ''] : [isoSeconds(date), String(ageInDays(date, now))]
}

export function inventoryCsv(results: readonly UserResult[], now = new Date()): string {
  const rows: string[][] = [[...INVENTORY_HEADER]]
  for (const result of results) {
    const user = [result.user.name, result.user.email, result.user.id]
    if ('error' in result) {
      rows.push([...user, '', '', '', '', `not read: ${result.error}`])
    } else if (result.keys.length === 0) {
      rows.push([...user, '', '', '', '', 'no keys'])
    } else {
      for (const key of result.keys) {
        const active = key.active ? 'yes' : 'no'
        rows.push([...user, key.accessKey, active, ...created(key.createdDate, now), 'ok'])
      }
    }
  }
  return textCsv(rows)
}

/** `ionos-key-inventory-2026-03-01.csv` */
export function inventoryFileName(now = new Date()): string {
  return `ionos-key-inventory-${now.toISOString().slice(0, 10)}.csv`
}

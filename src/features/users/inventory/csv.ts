import { asText, csvText } from '../../../lib/csv'
import { ageInDays } from '../../../lib/i18n'
import type { UserResult } from './scan'

/**
 * The inventory as CSV: one row per key. A user without keys gets one row with empty key columns
 * ("no keys"); a user whose keys could not be read gets one row marked "not read: <reason>", so
 * the file is complete and says where it is not. Never a secret: the scan does not have any.
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

function age(createdDate: string | null, now: Date): string {
  if (createdDate === null) return ''
  const created = new Date(createdDate)
  return Number.isNaN(created.getTime()) ? '' : String(ageInDays(created, now))
}

export function inventoryCsv(results: readonly UserResult[], now = new Date()): string {
  const rows: string[][] = [[...INVENTORY_HEADER]]
  for (const result of results) {
    const user = [asText(result.user.name), asText(result.user.email), result.user.id]
    if ('error' in result) {
      rows.push([...user, '', '', '', '', `not read: ${result.error}`])
    } else if (result.keys.length === 0) {
      rows.push([...user, '', '', '', '', 'no keys'])
    } else {
      for (const key of result.keys) {
        const created = key.createdDate ?? ''
        const active = key.active ? 'yes' : 'no'
        rows.push([...user, key.accessKey, active, created, age(key.createdDate, now), 'ok'])
      }
    }
  }
  return csvText(rows)
}

/** `ionos-key-inventory-2026-03-01.csv` */
export function inventoryFileName(now = new Date()): string {
  return `ionos-key-inventory-${now.toISOString().slice(0, 10)}.csv`
}

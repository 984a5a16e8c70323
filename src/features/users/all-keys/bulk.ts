import type { InventoryUser } from '../inventory/scan'
import type { KeyTableRow } from './rows'

export type BulkAction = 'deactivate' | 'activate' | 'delete'

export type KeyOutcome =
  { state: 'pending' } | { state: 'done' } | { state: 'failed'; reason: string }

export interface BulkPlan {
  action: BulkAction
  /** The selected keys the action changes (activating an active key changes nothing). */
  keys: KeyTableRow[]
  /** Selected keys left alone, being already in the asked state. */
  unchanged: number
  /**
   * The guards of a user's page, for a whole selection. Deactivate: users left without an active
   * key (no bucket access at all). Delete: users left without any key, which IONOS refuses for a
   * user who has buckets (the console cannot see buckets).
   */
  warnUsers: InventoryUser[]
}

/** What the action will do to the selected rows, and which users the guards name. */
export function planBulk(
  action: BulkAction,
  rows: readonly KeyTableRow[],
  selected: ReadonlySet<string>,
): BulkPlan {
  const chosen = rows.filter((row) => row.kind === 'key' && selected.has(row.id))
  const keys = chosen.filter((row) =>
    action === 'delete' ? true : row.active === (action === 'deactivate'),
  )
  const perUser = new Map<string, { user: InventoryUser; removed: number; row: KeyTableRow }>()
  for (const row of keys) {
    const entry = perUser.get(row.user.id) ?? { user: row.user, removed: 0, row }
    entry.removed += 1
    perUser.set(row.user.id, entry)
  }
  const warnUsers: InventoryUser[] = []
  for (const { user, removed, row } of perUser.values()) {
    if (action === 'deactivate' && removed >= row.userActiveKeys) warnUsers.push(user)
    if (action === 'delete' && removed >= row.userKeys) warnUsers.push(user)
  }
  return { action, keys, unchanged: chosen.length - keys.length, warnUsers }
}

export function countOutcomes(outcomes: ReadonlyMap<string, KeyOutcome>) {
  let done = 0
  let failed = 0
  for (const outcome of outcomes.values()) {
    if (outcome.state === 'done') done++
    if (outcome.state === 'failed') failed++
  }
  return { count: outcomes.size, done, failed, pending: outcomes.size - done - failed }
}

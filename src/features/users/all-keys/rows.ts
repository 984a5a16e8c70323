import { ageInDays } from '../../../lib/i18n'
import type { InventoryKey, InventoryUser, UserResult } from '../inventory/scan'

/** IONOS's documented limit: "A maximum of five keys per user can be generated." */
export const KEY_LIMIT = 5

/** One row of the all-keys table: a key, a user without keys, or a user whose keys were not read. */
export interface KeyTableRow {
  /** The access key for a key's row, else `user:<id>`; unique in the table. */
  id: string
  kind: 'key' | 'no-keys' | 'not-read'
  user: InventoryUser
  accessKey: string | null
  active: boolean | null
  createdDate: string | null
  ageDays: number | null
  /** Why the user's keys could not be read. */
  error: string | null
  /** How many keys the user has (0 when not read). */
  userKeys: number
  userActiveKeys: number
  /** "Use Object Storage": null while the groups are unknown. */
  privileged: boolean | null
  /** Lower-case name, email and access key, for the text filter. */
  haystack: string
}

function age(createdDate: string | null, now: Date): number | null {
  if (createdDate === null) return null
  const created = new Date(createdDate)
  return Number.isNaN(created.getTime()) ? null : ageInDays(created, now)
}

/** Administrators always may use Object Storage; everybody else through a privileged group. */
function privilegeOf(user: InventoryUser, privilegedGroups: ReadonlySet<string> | null) {
  if (!user.account) return null
  if (user.account.administrator) return true
  if (privilegedGroups === null) return null
  return user.account.groupIds.some((id) => privilegedGroups.has(id))
}

function keyRow(
  base: Omit<
    KeyTableRow,
    'id' | 'kind' | 'accessKey' | 'active' | 'createdDate' | 'ageDays' | 'haystack'
  >,
  key: InventoryKey,
  now: Date,
): KeyTableRow {
  return {
    ...base,
    id: key.accessKey,
    kind: 'key',
    accessKey: key.accessKey,
    active: key.active,
    createdDate: key.createdDate,
    ageDays: age(key.createdDate, now),
    haystack: `${base.user.name}\n${base.user.email}\n${key.accessKey}`.toLowerCase(),
  }
}

/**
 * Each user's rows, made once per scan result: while a scan of 10,000 users streams in, the table
 * takes the results every few hundred milliseconds, and rebuilding every row each time slowed the
 * read itself down. A new group list or a new day starts afresh (privilege and age change).
 */
let made = {
  groups: null as ReadonlySet<string> | null,
  day: '',
  rows: new WeakMap<UserResult, KeyTableRow[]>(),
}

function rowsOfUser(
  result: UserResult,
  privilegedGroups: ReadonlySet<string> | null,
  now: Date,
): KeyTableRow[] {
  const keys = 'keys' in result ? result.keys : []
  const base = {
    user: result.user,
    error: 'error' in result ? result.error : null,
    userKeys: keys.length,
    userActiveKeys: keys.filter((key) => key.active).length,
    privileged: privilegeOf(result.user, privilegedGroups),
  }
  const empty = {
    ...base,
    id: `user:${result.user.id}`,
    accessKey: null,
    active: null,
    createdDate: null,
    ageDays: null,
    haystack: `${result.user.name}\n${result.user.email}`.toLowerCase(),
  }
  if ('error' in result) return [{ ...empty, kind: 'not-read' }]
  if (keys.length === 0) return [{ ...empty, kind: 'no-keys' }]
  return keys.map((key) => keyRow(base, key, now))
}

/** The scan's results as table rows, in the scan's order (users as the API lists them). */
export function tableRows(
  results: readonly UserResult[],
  privilegedGroups: ReadonlySet<string> | null,
  now = new Date(),
): KeyTableRow[] {
  const day = now.toDateString()
  if (made.groups !== privilegedGroups || made.day !== day) {
    made = { groups: privilegedGroups, day, rows: new WeakMap() }
  }
  const rows: KeyTableRow[] = []
  for (const result of results) {
    let ofUser = made.rows.get(result)
    if (!ofUser) made.rows.set(result, (ofUser = rowsOfUser(result, privilegedGroups, now)))
    for (const row of ofUser) rows.push(row)
  }
  return rows
}

import { KEY_LIMIT, type KeyTableRow } from './rows'

/** Who the table shows, besides the text and the key's own state. */
export const USER_FILTERS = [
  'all',
  'atLimit',
  'privilegeNoKey',
  'keysNoPrivilege',
  'deactivatedWithActiveKeys',
  'notRead',
] as const
export type UserFilter = (typeof USER_FILTERS)[number]

/** Age bands of the chart, in days: [from, to], to inclusive; the last is open. */
export const AGE_BANDS = [
  { id: '0-30', from: 0, to: 30 },
  { id: '31-90', from: 31, to: 90 },
  { id: '91-180', from: 91, to: 180 },
  { id: '181-365', from: 181, to: 365 },
  { id: 'over-365', from: 366, to: Number.POSITIVE_INFINITY },
] as const
export type AgeBandId = (typeof AGE_BANDS)[number]['id']

export interface Filters {
  text: string
  state: 'any' | 'active' | 'inactive'
  /** Only keys older than this many days; null: any age. */
  olderThan: number | null
  ageBand: AgeBandId | null
  who: UserFilter
}

export const NO_FILTERS: Filters = {
  text: '',
  state: 'any',
  olderThan: null,
  ageBand: null,
  who: 'all',
}

export type SortColumn = 'user' | 'email' | 'accessKey' | 'active' | 'age'
export interface Sort {
  column: SortColumn
  direction: 'asc' | 'desc'
}

function matchesUser(row: KeyTableRow, who: UserFilter): boolean {
  switch (who) {
    case 'all':
      return true
    case 'atLimit':
      return row.userKeys >= KEY_LIMIT
    case 'privilegeNoKey':
      return row.kind === 'no-keys' && row.privileged === true
    case 'keysNoPrivilege':
      return row.kind === 'key' && row.privileged === false
    case 'deactivatedWithActiveKeys':
      return row.user.account?.active === false && row.userActiveKeys > 0 && row.active === true
    case 'notRead':
      return row.kind === 'not-read'
  }
}

/** A filter on the keys themselves leaves out the rows of users without (readable) keys. */
function matchesKey(row: KeyTableRow, filters: Filters): boolean {
  const keyFilter = filters.state !== 'any' || filters.olderThan !== null || filters.ageBand
  if (!keyFilter) return true
  if (row.kind !== 'key') return false
  if (filters.state === 'active' && row.active !== true) return false
  if (filters.state === 'inactive' && row.active !== false) return false
  if (filters.olderThan !== null && (row.ageDays === null || row.ageDays <= filters.olderThan)) {
    return false
  }
  if (filters.ageBand) return bandOf(row.ageDays)?.id === filters.ageBand
  return true
}

export function bandOf(ageDays: number | null) {
  if (ageDays === null) return undefined
  return AGE_BANDS.find((band) => ageDays >= band.from && ageDays <= band.to)
}

/** The rows that pass every filter, in their order. */
export function filterRows(rows: readonly KeyTableRow[], filters: Filters): KeyTableRow[] {
  const text = filters.text.trim().toLowerCase()
  return rows.filter(
    (row) =>
      (text === '' || row.haystack.includes(text)) &&
      matchesUser(row, filters.who) &&
      matchesKey(row, filters),
  )
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
// What `localeCompare` does, made once: a collator per comparison is the slow part of a sort.
const plainCollator = new Intl.Collator()

function compare(left: KeyTableRow, right: KeyTableRow, column: SortColumn): number {
  switch (column) {
    case 'user':
      return collator.compare(left.user.name, right.user.name)
    case 'email':
      return collator.compare(left.user.email, right.user.email)
    case 'accessKey':
      return plainCollator.compare(left.accessKey ?? '', right.accessKey ?? '')
    case 'active':
      return Number(left.active ?? -1) - Number(right.active ?? -1)
    case 'age':
      return (left.ageDays ?? -1) - (right.ageDays ?? -1)
  }
}

/** A stable sort: rows that compare equal keep the scan's order. */
export function sortRows(rows: readonly KeyTableRow[], sort: Sort): KeyTableRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const places = rows.map((_, index) => index)
  places.sort(
    (a, b) => sign * compare(rows[a] as KeyTableRow, rows[b] as KeyTableRow, sort.column) || a - b,
  )
  return places.map((index) => rows[index] as KeyTableRow)
}

/**
 * The same rows sorted the other way, from a stable sort one way: the runs of equal rows in
 * reverse order, each run in its own (the scan's) order. One pass instead of a sort.
 */
function turned(order: readonly KeyTableRow[], column: SortColumn): KeyTableRow[] {
  const runs: KeyTableRow[][] = []
  for (const [index, row] of order.entries()) {
    const previous = order[index - 1]
    if (previous && compare(previous, row, column) === 0) runs.at(-1)?.push(row)
    else runs.push([row])
  }
  return runs.reverse().flat()
}

/** Each rows' orders made so far, by column and direction. */
const orders = new WeakMap<readonly KeyTableRow[], Map<string, readonly KeyTableRow[]>>()

/**
 * `rows` sorted by `sort`, sorted once per table and column: turning a sort around, or filtering a
 * sorted table (filterRows keeps the order), reuses it instead of sorting 25,000 rows again.
 */
export function sortedRows(rows: readonly KeyTableRow[], sort: Sort): readonly KeyTableRow[] {
  let ofRows = orders.get(rows)
  if (!ofRows) orders.set(rows, (ofRows = new Map()))
  const key = (direction: Sort['direction']) => `${sort.column}:${direction}`
  let order = ofRows.get(key(sort.direction))
  if (!order) {
    const other = ofRows.get(key(sort.direction === 'asc' ? 'desc' : 'asc'))
    order = other ? turned(other, sort.column) : sortRows(rows, sort)
    ofRows.set(key(sort.direction), order)
  }
  return order
}

/** Keys per age band, active and inactive apart (keys of unknown age are in none). */
export function ageHistogram(rows: readonly KeyTableRow[]) {
  const counts = new Map(AGE_BANDS.map((band) => [band.id, { active: 0, inactive: 0 }]))
  for (const row of rows) {
    const band = row.kind === 'key' ? bandOf(row.ageDays) : undefined
    const count = band && counts.get(band.id)
    if (count) count[row.active ? 'active' : 'inactive'] += 1
  }
  return AGE_BANDS.map((band) => ({ band, ...(counts.get(band.id) ?? { active: 0, inactive: 0 }) }))
}

/**
 * The users who have a key starting with `text` (a whole access key, or its first characters;
 * case does not matter). Access keys are unique, so a whole key finds one user at most.
 */
export function findOwners(rows: readonly KeyTableRow[], text: string) {
  const prefix = text.trim().toLowerCase()
  if (prefix === '') return []
  return rows.filter(
    (row) => row.accessKey !== null && row.accessKey.toLowerCase().startsWith(prefix),
  )
}

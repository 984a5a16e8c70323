import type { KeyRow } from './join'

export type SortField = 'accessKey' | 'description' | 'active' | 'status' | 'createdDate'
export type SortDirection = 'asc' | 'desc'

export interface Sort {
  field: SortField
  direction: SortDirection
}

/** Newest first: a key just generated is at the top, where the user looks for it. */
export const DEFAULT_SORT: Sort = { field: 'createdDate', direction: 'desc' }

const STATUS_ORDER = { PROVISIONING: 0, FAILED: 1, DESTROYING: 2, AVAILABLE: 3 } as const

function sortValue(key: KeyRow, field: SortField): string | number | null {
  switch (field) {
    case 'accessKey':
      return key.accessKey
    case 'description':
      return key.description ? key.description.toLocaleLowerCase() : null
    case 'active':
      return key.active === null ? null : Number(key.active)
    case 'status':
      return key.status === null ? null : STATUS_ORDER[key.status]
    case 'createdDate': {
      const time = key.createdDate === null ? Number.NaN : Date.parse(key.createdDate)
      return Number.isNaN(time) ? null : time
    }
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

/** Sorted by `sort`; unknown values last in both directions, ties by access key. */
export function sortKeys(keys: readonly KeyRow[], sort: Sort): KeyRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  return [...keys].sort((a, b) => {
    const left = sortValue(a, sort.field)
    const right = sortValue(b, sort.field)
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1
    } else {
      const order = compareValues(left, right)
      if (order !== 0) return sign * order
    }
    return a.accessKey.localeCompare(b.accessKey)
  })
}

/** Keys whose access key or description contains `text`, ignoring case. */
export function filterKeys(keys: readonly KeyRow[], text: string): KeyRow[] {
  const needle = text.trim().toLocaleLowerCase()
  if (needle === '') return [...keys]
  return keys.filter(
    (key) =>
      key.accessKey.toLocaleLowerCase().includes(needle) ||
      (key.description ?? '').toLocaleLowerCase().includes(needle),
  )
}

export function nextSort(current: Sort, field: SortField): Sort {
  if (current.field !== field) return { field, direction: field === 'createdDate' ? 'desc' : 'asc' }
  return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' }
}

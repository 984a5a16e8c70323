import { describe, expect, it } from 'vitest'
import type { KeyRow } from './join'
import { DEFAULT_SORT, filterKeys, nextSort, sortKeys } from './sorting'

function key(accessKey: string, fields: Partial<KeyRow> = {}): KeyRow {
  return {
    accessKey,
    managementId: null,
    description: null,
    active: true,
    status: 'AVAILABLE',
    statusMessage: null,
    administrative: false,
    createdDate: null,
    canonicalUserId: null,
    contractUserId: null,
    supportedRegions: null,
    ...fields,
  }
}

const keys = [
  key('AK-B', { description: 'website', createdDate: '2024-06-03T08:15:00Z', active: false }),
  key('AK-A', { description: 'Backups', createdDate: '2025-01-20T14:05:00Z' }),
  key('AK-C', { createdDate: null, status: 'PROVISIONING' }),
]
const order = (rows: KeyRow[]) => rows.map((row) => row.accessKey)

describe('sortKeys', () => {
  it('puts the newest key first by default and keys without a date last', () => {
    expect(order(sortKeys(keys, DEFAULT_SORT))).toEqual(['AK-A', 'AK-B', 'AK-C'])
  })

  it('sorts descriptions ignoring case, with keys without one last in both directions', () => {
    expect(order(sortKeys(keys, { field: 'description', direction: 'asc' }))).toEqual([
      'AK-A',
      'AK-B',
      'AK-C',
    ])
    expect(order(sortKeys(keys, { field: 'description', direction: 'desc' }))).toEqual([
      'AK-B',
      'AK-A',
      'AK-C',
    ])
  })

  it('sorts by state and status', () => {
    expect(order(sortKeys(keys, { field: 'active', direction: 'asc' }))).toEqual([
      'AK-B',
      'AK-A',
      'AK-C',
    ])
    expect(order(sortKeys(keys, { field: 'status', direction: 'asc' }))[0]).toBe('AK-C')
  })

  it('does not change the list it was given', () => {
    const copy = [...keys]
    sortKeys(keys, { field: 'accessKey', direction: 'desc' })
    expect(keys).toEqual(copy)
  })
})

describe('filterKeys', () => {
  it('matches the access key or the description, ignoring case and surrounding spaces', () => {
    expect(order(filterKeys(keys, ' BACK '))).toEqual(['AK-A'])
    expect(order(filterKeys(keys, 'ak-c'))).toEqual(['AK-C'])
    expect(order(filterKeys(keys, ''))).toEqual(['AK-B', 'AK-A', 'AK-C'])
    expect(filterKeys(keys, 'nothing like it')).toEqual([])
  })
})

describe('nextSort', () => {
  it('flips the direction of the current column and starts a new column ascending', () => {
    expect(nextSort(DEFAULT_SORT, 'createdDate')).toEqual({
      field: 'createdDate',
      direction: 'asc',
    })
    expect(nextSort(DEFAULT_SORT, 'description')).toEqual({
      field: 'description',
      direction: 'asc',
    })
  })
})

import { describe, expect, it } from 'vitest'
import type { UserResult } from '../inventory/scan'
import { planBulk } from './bulk'
import { ageHistogram, filterRows, findOwners, NO_FILTERS, sortedRows, sortRows } from './filters'
import { tableRows } from './rows'

const now = new Date('2026-12-01T12:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
const account = (groupIds: string[], active = true) => ({ active, administrator: false, groupIds })
const key = (accessKey: string, active: boolean, days: number) => ({
  accessKey,
  active,
  createdDate: daysAgo(days),
})

const results: UserResult[] = [
  {
    user: { id: 'u1', name: 'Anna Weber', email: 'anna@example.com', account: account(['s3']) },
    keys: [key('AKANNA0001', true, 10), key('AKANNA0002', false, 200)],
  },
  {
    user: { id: 'u2', name: 'Ben Meyer', email: 'ben@example.com', account: account(['s3']) },
    keys: [],
  },
  {
    user: { id: 'u3', name: 'Chiara Rossi', email: 'chiara@example.com', account: account([]) },
    keys: [key('AKCHIA0001', true, 400)],
  },
  {
    user: { id: 'u4', name: 'Deniz', email: 'deniz@example.com', account: account(['s3'], false) },
    keys: [1, 2, 3, 4, 5].map((n) => key(`AKDENI000${n}`, true, 95)),
  },
  { user: { id: 'u5', name: 'Emil', email: 'emil@example.com' }, error: 'Too many requests.' },
]
const rows = tableRows(results, new Set(['s3']), now)
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id)

describe('the all-keys table', () => {
  it('has a row per key, one for a user without keys and one for a user not read', () => {
    expect(rows).toHaveLength(10)
    expect(rows.find((row) => row.user.id === 'u2')?.kind).toBe('no-keys')
    expect(rows.find((row) => row.user.id === 'u5')?.kind).toBe('not-read')
  })

  it('combines text, state and age filters', () => {
    const filters = { ...NO_FILTERS, text: 'akanna', state: 'inactive' as const, olderThan: 90 }
    expect(ids(filterRows(rows, filters))).toEqual(['AKANNA0002'])
    expect(filterRows(rows, { ...NO_FILTERS, olderThan: 90 })).toHaveLength(7)
  })

  it('finds users at the limit, with the privilege but no key, and keys without the privilege', () => {
    expect(filterRows(rows, { ...NO_FILTERS, who: 'atLimit' })).toHaveLength(5)
    expect(ids(filterRows(rows, { ...NO_FILTERS, who: 'privilegeNoKey' }))).toEqual(['user:u2'])
    expect(ids(filterRows(rows, { ...NO_FILTERS, who: 'keysNoPrivilege' }))).toEqual(['AKCHIA0001'])
    const deactivated = filterRows(rows, { ...NO_FILTERS, who: 'deactivatedWithActiveKeys' })
    expect(deactivated.every((row) => row.user.id === 'u4')).toBe(true)
  })

  it('counts keys per age band, active and inactive apart, and a band filters to its keys', () => {
    const bars = ageHistogram(rows)
    expect(bars.map(({ active, inactive }) => [active, inactive])).toEqual([
      [1, 0],
      [0, 0],
      [5, 0],
      [0, 1],
      [1, 0],
    ])
    expect(ids(filterRows(rows, { ...NO_FILTERS, ageBand: 'over-365' }))).toEqual(['AKCHIA0001'])
  })

  it('sorts by age both ways, keeping the order of equal rows', () => {
    const oldest = sortRows(rows, { column: 'age', direction: 'desc' })
    expect(oldest[0]?.id).toBe('AKCHIA0001')
    const youngest = sortRows(rows, { column: 'age', direction: 'asc' })
    expect(ids(youngest).slice(0, 2)).toEqual(['user:u2', 'user:u5'])
  })

  it('shows a sorted table filtered in the same order as the filtered table sorted', () => {
    const filters = { ...NO_FILTERS, state: 'active' as const }
    // Rows turned the other way from a sort the first way, on a second table of the same rows.
    const other = [...rows]
    for (const column of ['user', 'age'] as const) {
      sortedRows(other, { column, direction: 'desc' })
      const turned = sortedRows(other, { column, direction: 'asc' })
      expect(ids(turned)).toEqual(ids(sortRows(rows, { column, direction: 'asc' })))
    }
    for (const column of ['user', 'email', 'accessKey', 'active', 'age'] as const) {
      // Asked one way, then the other (turned from the first), then the first again.
      for (const direction of ['asc', 'desc', 'asc'] as const) {
        const sort = { column, direction }
        const expected = ids(sortRows(filterRows(rows, filters), sort))
        expect(ids(filterRows(sortedRows(rows, sort), filters))).toEqual(expected)
      }
    }
  })

  it('finds the owner of an access key from its first characters, in any case', () => {
    expect(findOwners(rows, 'akchia').map((row) => row.user.name)).toEqual(['Chiara Rossi'])
    expect(findOwners(rows, 'AKDENI')).toHaveLength(5)
    expect(findOwners(rows, 'NOPE')).toEqual([])
    expect(findOwners(rows, '  ')).toEqual([])
  })
})

describe('a bulk action on a selection', () => {
  it('names users left without an active key when deactivating, and skips keys already off', () => {
    const selected = new Set(['AKANNA0001', 'AKANNA0002', 'AKDENI0001'])
    const plan = planBulk('deactivate', rows, selected)
    expect(ids(plan.keys)).toEqual(['AKANNA0001', 'AKDENI0001'])
    expect(plan.unchanged).toBe(1)
    expect(plan.warnUsers.map((user) => user.id)).toEqual(['u1'])
  })

  it('names users left without any key when deleting', () => {
    const plan = planBulk('delete', rows, new Set(['AKCHIA0001', 'AKANNA0001']))
    expect(plan.warnUsers.map((user) => user.id)).toEqual(['u3'])
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { UserResult } from '../inventory/scan'
import { decodeScan, encodeScan, loadScan, saveScan } from './saved-scan'

const results: UserResult[] = [
  {
    user: {
      id: 'u1',
      name: 'Anna',
      email: 'anna@example.com',
      account: { active: true, administrator: false, groupIds: ['g1', 'g2'] },
    },
    keys: [{ accessKey: 'AK1', active: true, createdDate: '2026-01-01T00:00:00Z' }],
  },
  { user: { id: 'u2', name: 'Ben', email: 'ben@example.com' }, error: 'Too many requests.' },
]

afterEach(() => window.sessionStorage.clear())

describe('the scan kept for the tab', () => {
  it('comes back as it was saved', () => {
    const scan = { readerId: 'me', readAt: 1234, results }
    expect(decodeScan(JSON.parse(JSON.stringify(encodeScan(scan))))).toEqual(scan)
  })

  it('is only given back to the user who read it', () => {
    expect(saveScan({ readerId: 'me', readAt: 1, results })).toBe(true)
    expect(loadScan('me')?.results).toEqual(results)
    expect(loadScan('someone else')).toBeNull()
  })

  it('is ignored when the stored text is not a scan', () => {
    window.sessionStorage.setItem('oskc.all-keys', '{"version":1,"users":"nonsense"}')
    expect(loadScan('me')).toBeNull()
  })

  it('never holds a secret: only the fields the table shows', () => {
    saveScan({ readerId: 'me', readAt: 1, results })
    expect(window.sessionStorage.getItem('oskc.all-keys')).not.toMatch(/secret/i)
  })
})

import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { INVENTORY_HEADER, inventoryCsv, inventoryFileName } from './csv'

const now = new Date('2026-03-01T12:00:00Z')
const alice = { id: 'u-alice', name: 'Alice Anderson', email: 'alice@example.com' }

describe('inventoryCsv', () => {
  it('writes one row per key, a "no keys" row and a clearly marked "not read" row', () => {
    const text = inventoryCsv(
      [
        {
          user: alice,
          keys: [
            { accessKey: 'AK1', active: true, createdDate: '2025-12-01T00:00:00Z' },
            { accessKey: 'AK2', active: false, createdDate: null },
          ],
        },
        { user: { id: 'u-carol', name: 'Carol, "C."', email: 'carol@example.com' }, keys: [] },
        { user: { id: 'u-dave', name: 'Dave', email: 'dave@example.com' }, error: 'Disk on fire' },
      ],
      now,
    )
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0] ?? {})).toEqual([...INVENTORY_HEADER])
    expect(rows).toEqual([
      {
        User: 'Alice Anderson',
        Email: 'alice@example.com',
        'User ID': 'u-alice',
        'Access key': 'AK1',
        Active: 'yes',
        Created: '2025-12-01T00:00:00Z',
        'Age (days)': '90',
        Result: 'ok',
      },
      expect.objectContaining({
        'Access key': 'AK2',
        Active: 'no',
        'Age (days)': '',
        Result: 'ok',
      }),
      expect.objectContaining({ User: 'Carol, "C."', 'Access key': '', Result: 'no keys' }),
      expect.objectContaining({ User: 'Dave', 'Access key': '', Result: 'not read: Disk on fire' }),
    ])
  })

  it('keeps names that look like spreadsheet formulas as text', () => {
    const text = inventoryCsv(
      [{ user: { id: 'u', name: '=HYPERLINK("x")', email: '@evil' }, keys: [] }],
      now,
    )
    const [row] = parse(text, { columns: true }) as Record<string, string>[]
    expect(row?.User).toBe(`'=HYPERLINK("x")`)
    expect(row?.Email).toBe(`'@evil`)
  })

  it.each([',', ';'])(
    'leaves no cell that starts a formula when a spreadsheet splits the file on %j',
    (delimiter) => {
      const name = 'Mallory;=HYPERLINK("http://evil.example";"x"),@SUM(1)'
      const text = inventoryCsv(
        [
          { user: { id: 'u-m', name, email: 'm@example.com' }, keys: [] },
          { user: { id: 'u-n', name: 'Nina', email: 'n;+1@example.com' }, error: 'x,-1' },
        ],
        now,
      )
      const cells = (
        parse(text, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]
      ).flat()
      expect(cells.filter((cell) => /^[\s"]*[=+\-@]/.test(cell))).toEqual([])
    },
  )

  it('writes every date as ISO 8601 in UTC to the second, whatever form the API sent', () => {
    const text = inventoryCsv(
      [
        {
          user: alice,
          keys: [
            { accessKey: 'AK1', active: true, createdDate: '2025-12-01T00:00:00.123Z' },
            { accessKey: 'AK2', active: true, createdDate: '2025-12-01T01:30:00+01:00' },
            { accessKey: 'AK3', active: true, createdDate: '2025-12-01T00:00:00Z' },
          ],
        },
      ],
      now,
    )
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows.map((row) => row.Created)).toEqual([
      '2025-12-01T00:00:00Z',
      '2025-12-01T00:30:00Z',
      '2025-12-01T00:00:00Z',
    ])
  })

  it('names the file after the day', () => {
    expect(inventoryFileName(now)).toBe('ionos-key-inventory-2026-03-01.csv')
  })
})

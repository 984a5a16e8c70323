import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvText, textCsv } from './csv'

// What people type into a name or description to make a spreadsheet run a formula, also behind a
// separator, which a spreadsheet that splits on `;` (German Excel) or on tabs turns into a new cell.
const payloads = [
  '=HYPERLINK("http://evil.example","x")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1+1)',
  'Smith;=1+1',
  'Smith,=1+1',
  'Smith\t=1+1',
  'Smith; =1+1',
  'Smith;"=1+1',
  "Smith;'=1+1",
  'a;b;-1',
  'x,@cmd',
  'line\n=1+1',
  '\t=1+1',
  '\rx',
]

/** How a spreadsheet reads the file when it splits on `delimiter`: quotes only open a cell. */
function cellsSplitOn(text: string, delimiter: string): string[] {
  const rows = parse(text, {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
  }) as string[][]
  return rows.flat()
}

const FORMULA_START = /^[\s"]*[=+\-@]|^[\t\r]/

describe('textCsv', () => {
  it('keeps every payload as the one cell it was, for a reader that splits on commas', () => {
    const text = textCsv([payloads, ['plain', 'Anna Müller', 'a-b@example.com']])
    const [row, plain] = parse(text, { relax_column_count: true }) as string[][]
    expect(row).toHaveLength(payloads.length)
    row?.forEach((cell, index) => {
      // Text, with an apostrophe where a cell could have started, and otherwise the same.
      expect(cell.replaceAll("'", '')).toBe(payloads[index]?.replaceAll("'", ''))
    })
    expect(plain).toEqual(['plain', 'Anna Müller', 'a-b@example.com'])
  })

  it.each([',', ';', '\t'])(
    'leaves no cell that starts a formula when a spreadsheet splits on %j',
    (delimiter) => {
      const cells = cellsSplitOn(textCsv([payloads]), delimiter)
      const formulas = cells.filter((cell) => FORMULA_START.test(cell))
      expect(formulas).toEqual([])
    },
  )

  it('quotes every cell that holds a separator', () => {
    expect(textCsv([['a;b', 'a\tb', 'a,b', 'ab']])).toBe('"a;b","a\tb","a,b",ab\r\n')
  })
})

describe('csvText', () => {
  it('writes credentials as they are, only quoted', () => {
    expect(csvText([['+secret/key=', 'a;b']])).toBe('+secret/key=,"a;b"\r\n')
  })
})

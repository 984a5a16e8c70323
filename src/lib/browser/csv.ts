/** CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a closing CRLF. */

// A field with a separator (`,`, or the `;` and tab other spreadsheets split on), a quote or a line
// break is quoted, quotes doubled, so every reader that honours quotes sees one field.
function field(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

// Where a spreadsheet may start a cell: the start of the value, and after any separator it might
// split on (German Excel splits on `;` and ignores quotes that do not open its own field). Spaces
// and quotes in between do not stop a formula, so they count as part of the gap. A leading tab or
// CR is itself a formula start for some readers.
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[\s"']*[=+\-@])/g
const FORMULA_AT_START = /^(?=[\s"']*[=+\-@]|[\t\r])/

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula. For text that
 * people typed (names, emails), an apostrophe where a cell could start keeps it text, also behind
 * a `;` or `,` inside the value (OWASP "CSV injection"). Never for credentials: a secret key may
 * start with "+", and the file must hold it as it is.
 */
export function asText(value: string): string {
  return value.replace(FORMULA_AFTER_SEPARATOR, "$1'").replace(FORMULA_AT_START, "'")
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}

/** CSV of text people typed or servers sent: every cell kept as text by any spreadsheet. */
export function textCsv(rows: readonly (readonly string[])[]): string {
  return csvText(rows.map((row) => row.map(asText)))
}

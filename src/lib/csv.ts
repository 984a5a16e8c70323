/** CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a closing CRLF. */

// A field with a comma, quote or line break is quoted, quotes doubled.
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula. For text that
 * people typed (names, emails), a leading apostrophe keeps it text (OWASP "CSV injection").
 * Never for credentials: a secret key may start with "+", and the file must hold it as it is.
 */
export function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}

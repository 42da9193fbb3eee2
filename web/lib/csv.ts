/** Excel runs a cell starting with one of these as a formula; a leading apostrophe keeps it text (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; never a formula. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Lines of cells as a CSV file with a UTF-8 BOM, so that Excel opens Chinese text correctly. */
export function csvLines(lines: readonly (readonly string[])[]): string {
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`
}

import { rowElementId } from './images-table'

/*
 * The table's rows as the keyboard sees them. Apart from the row shortcuts (use-row-shortcuts.ts, loaded with
 * the view's tools) because the first screen focuses the table too (leaving the search box).
 */

export const ROW_PREFIX = rowElementId('')

/** The table's image rows (skeleton rows have no ID). */
export function imageRows(table: HTMLTableElement | null): HTMLElement[] {
  const body = table?.tBodies[0]
  return body ? [...body.rows].filter((row) => row.id.startsWith(ROW_PREFIX)) : []
}

export function focusedRow(table: HTMLTableElement | null): HTMLElement | null {
  const active = document.activeElement
  const row = active instanceof HTMLElement ? active.closest('tr') : null
  return row && imageRows(table).includes(row) ? row : null
}

/** Focus into the table at its tab stop (the row last focused, else the first row). */
export function focusTable(table: HTMLTableElement | null): void {
  const rows = imageRows(table)
  ;(rows.find((row) => row.tabIndex === 0) ?? rows[0])?.focus()
}

import { type RefObject, useEffect } from 'react'
import { shortcutFor } from '../../ui/shortcut-keys'
import { focusedRow, imageRows, ROW_PREFIX } from './table-rows'

function moveFocus(table: HTMLTableElement | null, from: HTMLElement | null, step: 1 | -1) {
  const rows = imageRows(table)
  if (rows.length === 0) return
  const index = from ? rows.indexOf(from) + step : 0
  rows[Math.min(Math.max(index, 0), rows.length - 1)]?.focus()
}

/**
 * The table's keys: j/k (and the arrows on a row) move the row focus, "c" copies the focused row's ID,
 * "?" asks for the list of shortcuts. Enter and Escape belong to the row and the drawer. While a
 * dialog, popover or menu is open, its own keys win.
 */
export function useRowShortcuts(
  table: RefObject<HTMLTableElement | null>,
  onCopy: (imageId: string) => void,
  onHelp: () => void,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('[role="dialog"], [role="menu"]')) return
      const row = focusedRow(table.current)
      const shortcut = shortcutFor(event, row !== null)
      if (!shortcut) return
      event.preventDefault()
      if (shortcut === 'help') onHelp()
      else if (shortcut === 'copy' && row) onCopy(row.id.slice(ROW_PREFIX.length))
      else if (shortcut !== 'copy') moveFocus(table.current, row, shortcut === 'next' ? 1 : -1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [table, onCopy, onHelp])
}

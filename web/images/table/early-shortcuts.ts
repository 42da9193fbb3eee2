import { type HeldKey, holdKey, pressOnFocus, replayKeys } from '../../ui/key-buffer'
import { shortcutFor } from '../../ui/shortcut-keys'

/**
 * The row shortcuts (j/k, the arrows on a row, c, ?) live with the view's tools, whose code loads just after the
 * first screen. A shortcut pressed in between is held here and pressed again once they are there, so the first
 * "j" after the page comes alive is never lost; every other key goes on as usual.
 */
let held: HeldKey[] | null = null

const onRow = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('tbody tr[id]') !== null

function onKeyDown(event: KeyboardEvent) {
  if (!held || event.defaultPrevented || !shortcutFor(event, onRow(event.target))) return
  if (document.querySelector('[role="dialog"], [role="menu"]')) return
  event.preventDefault()
  event.stopImmediatePropagation()
  held.push(holdKey(event))
}

/** Starts holding shortcuts (the view's bar is on screen, its tools not yet). */
export function holdShortcuts(): void {
  if (held) return
  held = []
  document.addEventListener('keydown', onKeyDown, { capture: true })
}

/** Stops holding; with `replay`, presses the held shortcuts again now that something answers them. */
export function releaseShortcuts(replay: boolean): void {
  const keys = held ?? []
  held = null
  document.removeEventListener('keydown', onKeyDown, { capture: true })
  if (replay) replayKeys(keys, pressOnFocus)
}

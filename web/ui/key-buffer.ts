/** What is kept of a key pressed while a menu's code is on its way: enough to press it again. */
export interface HeldKey {
  key: string
  code: string
  shiftKey: boolean
  altKey: boolean
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph'])

/**
 * Whether a key pressed while a menu loads is meant for the menu: letters, Enter, Space, arrows, Home/End,
 * Escape. A modifier alone is not a key, and Ctrl or ⌘ chords belong to the browser (reload, copy, tabs).
 */
export function isKeyForMenu(event: KeyLike): boolean {
  return !MODIFIERS.has(event.key) && !event.ctrlKey && !event.metaKey
}

export function holdKey(event: KeyLike): HeldKey {
  return { key: event.key, code: event.code, shiftKey: event.shiftKey, altKey: event.altKey }
}

/**
 * Presses the held keys again, in order, each on whatever has the focus by then. One task apart: a menu
 * moves its focus a task after an arrow key (Radix's roving focus), and an Enter closes it on the next render.
 */
export function replayKeys(
  keys: readonly HeldKey[],
  press: (key: HeldKey) => void,
  later: (next: () => void) => void = (next) => setTimeout(next, 0),
): void {
  const [first, ...rest] = keys
  if (!first) return
  press(first)
  if (rest.length > 0) later(() => replayKeys(rest, press, later))
}

/** Presses a held key on the focused element as the user did, so React's handlers (Radix's menus) see it. */
export function pressOnFocus(key: HeldKey): void {
  const target = document.activeElement ?? document.body
  target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }))
}

/**
 * Holds the keys pressed anywhere from `start` until `take`, so none reaches the page (an arrow would scroll
 * it, "/" would jump to the search box) and none is lost while a menu's code loads. Keys typed into a field
 * the user moved to meanwhile are theirs and pass.
 */
export class KeyBuffer {
  private held: HeldKey[] = []
  private listening = false

  constructor(private readonly keep: (target: EventTarget | null) => boolean) {}

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!isKeyForMenu(event) || !this.keep(event.target)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    this.held.push(holdKey(event))
  }

  start(): void {
    if (this.listening) return
    this.listening = true
    document.addEventListener('keydown', this.onKeyDown, { capture: true })
  }

  /** Stops holding and hands over what was held. */
  take(): HeldKey[] {
    document.removeEventListener('keydown', this.onKeyDown, { capture: true })
    this.listening = false
    const held = this.held
    this.held = []
    return held
  }
}

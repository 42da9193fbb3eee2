/**
 * Which single-key shortcut a key press is, if any. Pure, so the rules are tested without a browser:
 * nothing fires while typing (text inputs, text areas, selects, editable content) or with Ctrl, Cmd or Alt.
 */
export type Shortcut = 'next' | 'previous' | 'copy' | 'help'

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']

type ElementLike = { tagName?: string; type?: string; isContentEditable?: boolean }

function tagOf(target: EventTarget | null): string | undefined {
  return typeof target === 'object' && target !== null
    ? (target as ElementLike).tagName?.toUpperCase()
    : undefined
}

/** True in a field that takes text (an input of a text type, a text area, editable content). */
export function isTextEntry(target: EventTarget | null): boolean {
  const tag = tagOf(target)
  const element = target as ElementLike | null
  if (tag === 'INPUT') return !NOT_TEXT.includes(element?.type ?? 'text')
  return tag === 'TEXTAREA' || element?.isContentEditable === true
}

/** True when letters go into a field: a text entry, or a select (where they pick an option). */
export function isTyping(target: EventTarget | null): boolean {
  return isTextEntry(target) || tagOf(target) === 'SELECT'
}

/**
 * j/k always move between rows; the arrow keys only while a row has focus, so that elsewhere they
 * still scroll the page.
 */
export function shortcutFor(press: KeyPress, onRow: boolean): Shortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey || isTyping(press.target)) return null
  switch (press.key) {
    case 'j':
      return 'next'
    case 'k':
      return 'previous'
    case 'ArrowDown':
      return onRow ? 'next' : null
    case 'ArrowUp':
      return onRow ? 'previous' : null
    case 'c':
      return onRow ? 'copy' : null
    case '?':
      return 'help'
    default:
      return null
  }
}

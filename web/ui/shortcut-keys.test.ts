import { describe, expect, it } from 'vitest'
import { isTextEntry, isTyping, type KeyPress, shortcutFor } from './shortcut-keys'

const press = (key: string, target: object | null = null, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target as EventTarget | null,
  ...extra,
})

describe('shortcutFor', () => {
  it('maps j/k and, on a row, the arrow keys to moving between rows', () => {
    expect(shortcutFor(press('j'), false)).toBe('next')
    expect(shortcutFor(press('k'), true)).toBe('previous')
    expect(shortcutFor(press('ArrowDown'), true)).toBe('next')
    expect(shortcutFor(press('ArrowUp'), true)).toBe('previous')
  })

  it('leaves the arrow keys and "c" alone when no row has focus', () => {
    expect(shortcutFor(press('ArrowDown'), false)).toBeNull()
    expect(shortcutFor(press('c'), false)).toBeNull()
    expect(shortcutFor(press('c'), true)).toBe('copy')
  })

  it('opens the help with "?"', () => {
    expect(shortcutFor(press('?'), false)).toBe('help')
  })

  it('never fires while typing in a field', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'search' },
      { tagName: 'input', type: 'text' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(shortcutFor(press('j', target), true)).toBeNull()
      expect(shortcutFor(press('?', target), false)).toBeNull()
    }
  })

  it('still fires from a checkbox or a button, and never with Ctrl, Cmd or Alt', () => {
    expect(shortcutFor(press('j', { tagName: 'INPUT', type: 'checkbox' }), false)).toBe('next')
    expect(shortcutFor(press('j', { tagName: 'BUTTON' }), false)).toBe('next')
    expect(shortcutFor(press('c', null, { ctrlKey: true }), true)).toBeNull()
    expect(shortcutFor(press('c', null, { metaKey: true }), true)).toBeNull()
    expect(shortcutFor(press('j', null, { altKey: true }), true)).toBeNull()
  })

  it('ignores other keys', () => {
    expect(shortcutFor(press('x'), true)).toBeNull()
    expect(shortcutFor(press('J'), true)).toBeNull()
  })
})

describe('isTyping', () => {
  it('knows fields from everything else', () => {
    expect(isTyping(null)).toBe(false)
    expect(isTyping({ tagName: 'TR' } as unknown as EventTarget)).toBe(false)
    expect(isTyping({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true)
  })
})

describe('isTextEntry', () => {
  it('counts text fields but not selects, where "/" can still move to the search box', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'search' } as unknown as EventTarget)).toBe(true)
    expect(isTextEntry({ tagName: 'SELECT' } as unknown as EventTarget)).toBe(false)
    expect(isTyping({ tagName: 'SELECT' } as unknown as EventTarget)).toBe(true)
  })
})

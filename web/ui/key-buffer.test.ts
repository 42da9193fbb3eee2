import { describe, expect, it } from 'vitest'
import { type HeldKey, holdKey, isKeyForMenu, replayKeys } from './key-buffer'

const key = (
  name: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: name,
  code: `Key${name}`,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('isKeyForMenu', () => {
  it('keeps letters, Enter, Space, arrows and Escape, shifted or not', () => {
    for (const name of ['a', 'N', ' ', 'Enter', 'ArrowDown', 'Escape', 'Home']) {
      expect(isKeyForMenu(key(name))).toBe(true)
    }
    expect(isKeyForMenu(key('T', { shiftKey: true }))).toBe(true)
  })
  it('leaves modifiers alone and Ctrl or ⌘ chords to the browser', () => {
    for (const name of ['Shift', 'Control', 'Alt', 'Meta']) expect(isKeyForMenu(key(name))).toBe(false)
    expect(isKeyForMenu(key('r', { ctrlKey: true }))).toBe(false)
    expect(isKeyForMenu(key('c', { metaKey: true }))).toBe(false)
  })
})

describe('replayKeys', () => {
  it('presses the held keys in order, each a task after the one before', () => {
    const pressed: string[] = []
    const tasks: (() => void)[] = []
    const held: HeldKey[] = ['ArrowDown', 'ArrowDown', 'Enter'].map((name) => holdKey(key(name)))
    replayKeys(
      held,
      (one) => pressed.push(one.key),
      (next) => tasks.push(next),
    )
    expect(pressed).toEqual(['ArrowDown'])
    while (tasks.length > 0) tasks.shift()?.()
    expect(pressed).toEqual(['ArrowDown', 'ArrowDown', 'Enter'])
  })
  it('does nothing with no keys held', () => {
    const pressed: HeldKey[] = []
    replayKeys([], (one) => pressed.push(one))
    expect(pressed).toEqual([])
  })
})

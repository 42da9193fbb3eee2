import { describe, expect, it } from 'vitest'
import { parseTheme } from './theme'

describe('parseTheme', () => {
  it('reads dark and light overrides', () => {
    expect(parseTheme('?theme=dark')).toBe('dark')
    expect(parseTheme('?page=2&theme=light')).toBe('light')
  })
  it('leaves anything else to the system', () => {
    expect(parseTheme('')).toBeNull()
    expect(parseTheme('?theme=purple')).toBeNull()
  })
})

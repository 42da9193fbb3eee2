import { describe, expect, it } from 'vitest'
import { applyThemeOverride, parseTheme } from './theme'

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

describe('applyThemeOverride', () => {
  const root = () => ({ dataset: {} as DOMStringMap }) as HTMLElement

  it('makes review mode light, unless the URL asks for dark', () => {
    const light = root()
    applyThemeOverride(light, '?review=1', true)
    expect(light.dataset).toEqual({ theme: 'light', review: '' })
    const dark = root()
    applyThemeOverride(dark, '?review=1&theme=dark', true)
    expect(dark.dataset).toEqual({ theme: 'dark', review: '' })
  })

  it('outside review mode leaves the theme to the system', () => {
    const element = root()
    element.dataset.review = ''
    applyThemeOverride(element, '', false)
    expect(element.dataset).toEqual({})
  })
})

import { describe, expect, it } from 'vitest'
import { chooseLanguage, parseAcceptLanguage, parseLanguage, withLanguage } from './language-choice'

const none = { search: '', saved: null, browser: [] as string[] }

describe('chooseLanguage', () => {
  it('takes lang= from the URL over the saved choice and the browser', () => {
    expect(chooseLanguage({ search: '?lang=zh-CN', saved: 'en', browser: ['en-US'] })).toBe('zh-CN')
    expect(chooseLanguage({ search: '?page=2&lang=en', saved: 'zh-CN', browser: ['zh-CN'] })).toBe('en')
  })
  it('reads the URL in any case and skips values it does not know', () => {
    expect(chooseLanguage({ ...none, search: '?lang=ZH-cn' })).toBe('zh-CN')
    expect(chooseLanguage({ ...none, search: '?lang=fr&lang=zh-CN' })).toBe('zh-CN')
    expect(chooseLanguage({ ...none, search: '?lang=fr', saved: 'zh-CN' })).toBe('zh-CN')
  })
  it('then takes the saved choice over the browser', () => {
    expect(chooseLanguage({ ...none, saved: 'zh-CN', browser: ['en-GB'] })).toBe('zh-CN')
    expect(chooseLanguage({ ...none, saved: 'en', browser: ['zh-TW'] })).toBe('en')
  })
  it('then the first browser language it has: any Chinese is zh-CN', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-TW', 'zh-Hant-HK', 'ZH-sg']) {
      expect(chooseLanguage({ ...none, browser: [tag] })).toBe('zh-CN')
    }
    expect(chooseLanguage({ ...none, browser: ['fr-FR', 'zh-CN', 'en'] })).toBe('zh-CN')
    expect(chooseLanguage({ ...none, browser: ['de', 'en-AU', 'zh'] })).toBe('en')
  })
  it('else English, whatever was stored', () => {
    expect(chooseLanguage(none)).toBe('en')
    expect(chooseLanguage({ ...none, saved: 'klingon', browser: ['fr', 'ja'] })).toBe('en')
  })
})

describe('parseLanguage', () => {
  it('knows exactly the two languages', () => {
    expect(parseLanguage(' zh-cn ')).toBe('zh-CN')
    expect(parseLanguage('en')).toBe('en')
    expect(parseLanguage('zh')).toBeNull()
    expect(parseLanguage(undefined)).toBeNull()
  })
})

describe('withLanguage', () => {
  it('sets lang and keeps the rest of the view', () => {
    expect(withLanguage('?type=custom&lang=en&page=2', 'zh-CN')).toBe('?type=custom&lang=zh-CN&page=2')
    expect(withLanguage('', 'en')).toBe('?lang=en')
  })
})

describe('parseAcceptLanguage', () => {
  it('orders the tags by weight, then as sent, and drops refused and empty ones', () => {
    expect(parseAcceptLanguage('fr;q=0.5, zh-CN;q=0.9, de, en;q=0, ,ja;q=0.9')).toEqual([
      'de',
      'zh-CN',
      'ja',
      'fr',
    ])
  })

  it('gives nothing for a missing header, so the page opens in English', () => {
    expect(parseAcceptLanguage(undefined)).toEqual([])
    expect(chooseLanguage({ search: '', saved: null, browser: parseAcceptLanguage(undefined) })).toBe('en')
  })
})

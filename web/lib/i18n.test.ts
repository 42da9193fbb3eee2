import { describe, expect, it } from 'vitest'
import {
  activateLanguage,
  currentLanguage,
  loadLanguage,
  registerCatalogues,
  t,
  withLaterWords,
} from './i18n'

/** Small catalogues with real keys: these tests are about loading and lookup, not about the words. */
const first = {
  en: { 'ui.loading': 'Loading…', 'format.rangeEmpty': (p: { total: number }) => `0 of ${p.total}` },
  'zh-CN': { 'ui.loading': '加载中…', 'format.rangeEmpty': (p: { total: number }) => `共 ${p.total} 条` },
}
const later = { en: { 'ui.close': 'Close' }, 'zh-CN': { 'ui.close': '关闭' } }

const loads: string[] = []
const loader =
  <T>(name: string, messages: T) =>
  async () => {
    loads.push(name)
    return { messages }
  }

registerCatalogues({
  en: { first: loader('en', first.en), later: loader('en later', later.en) },
  'zh-CN': { first: loader('zh-CN', first['zh-CN']), later: loader('zh-CN later', later['zh-CN']) },
})

describe('t', () => {
  it('fills in a message’s parameters in the active language', () => {
    activateLanguage('zh-CN', first['zh-CN'])
    expect(t('format.rangeEmpty', { total: 3 })).toBe('共 3 条')
    expect(t('ui.loading')).toBe('加载中…')
  })
  it('names a word whose chunk has not arrived instead of failing the screen', () => {
    activateLanguage('zh-CN', first['zh-CN'])
    expect(t('ui.close')).toBe('ui.close')
  })
})

describe('loading languages', () => {
  it('loads the first words, then the later ones once a screen needs them, then both on a switch', async () => {
    loads.length = 0
    await loadLanguage('zh-CN')
    expect(currentLanguage()).toBe('zh-CN')
    expect(loads).toEqual(['zh-CN'])
    expect(t('ui.close')).toBe('ui.close')

    expect(await withLaterWords(async () => 'drawer module')()).toBe('drawer module')
    expect(t('ui.close')).toBe('关闭')
    expect(loads).toEqual(['zh-CN', 'zh-CN later'])
    await withLaterWords(async () => 'again')()
    expect(loads).toEqual(['zh-CN', 'zh-CN later'])

    await loadLanguage('en')
    expect(loads).toEqual(['zh-CN', 'zh-CN later', 'en', 'en later'])
    expect(t('ui.close')).toBe('Close')
    expect(t('ui.loading')).toBe('Loading…')
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatAge, formatCount, formatDateTime, formatRange, formatUtc } from '../../lib/format'
import { activateLanguage } from '../../lib/i18n'
import { messages as english } from '../en'
import { messages as laterEnglish } from '../en/later'
import { messages as chinese } from '.'

const now = Date.parse('2026-11-27T12:00:00Z')

describe('in Chinese', () => {
  beforeAll(() => activateLanguage('zh-CN', chinese))
  afterAll(() => activateLanguage('en', { ...english, ...laterEnglish }))

  it('writes the range as the console does', () => {
    expect(formatRange(20, 20, 1204)).toBe('第 21–40 条，共 1,204 条')
    expect(formatRange(0, 0, 0)).toBe('共 0 条')
  })
  it.each([
    [now - 10_000, '刚刚'],
    [now - 5 * 60_000, '5 分钟前'],
    [now - 3 * 3_600_000, '3 小时前'],
    [now - 29 * 86_400_000, '29 天前'],
    [now - 95 * 86_400_000, '3 个月前'],
    [now - 800 * 86_400_000, '2 年前'],
    [now - 59 * 60_000, '59 分钟前'],
    [now - 60 * 60_000, '1 小时前'],
    [now - 24 * 3_600_000, '1 天前'],
    [now - 30 * 86_400_000, '1 个月前'],
    [now - 364 * 86_400_000, '11 个月前'],
    [now - 365 * 86_400_000, '1 年前'],
  ])('gives Intl’s relative time for %s: "%s"', (time, expected) => {
    expect(formatAge(time, now)).toBe(expected)
  })
  it('keeps dates ISO-like and numbers grouped', () => {
    expect(formatDateTime(Date.parse('2026-10-31T11:58:00Z'), 'Asia/Shanghai')).toBe('2026-10-31 19:58')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatUtc(Number.NaN)).toBe('未知时间')
  })
})

import { describe, expect, it } from 'vitest'
import {
  describeCreatedFilter,
  describeCreatedRange,
  formatCreatedFilter,
  formatCreatedRange,
  inCreatedRange,
  isDay,
  parseCreatedFilter,
  parseCreatedRange,
  presetRange,
  resolveCreatedFilter,
} from './created-range'

const at = (text: string) => Date.parse(text)

describe('parseCreatedRange', () => {
  it('reads both ends, either end open, and round-trips', () => {
    expect(parseCreatedRange('2026-09-01..2026-11-30')).toEqual({ from: '2026-09-01', to: '2026-11-30' })
    expect(parseCreatedRange('2026-09-01..')).toEqual({ from: '2026-09-01', to: null })
    expect(parseCreatedRange('..2026-11-30')).toEqual({ from: null, to: '2026-11-30' })
    expect(formatCreatedRange({ from: null, to: '2026-11-30' })).toBe('..2026-11-30')
  })
  it('swaps ends given in the wrong order', () => {
    expect(parseCreatedRange('2026-11-30..2026-09-01')).toEqual({ from: '2026-09-01', to: '2026-11-30' })
  })
  it('refuses open-both, malformed and impossible days', () => {
    for (const bad of ['..', '', '2026-09-01', '2026-9-1..', '2026-02-30..', 'x..y', '2026-01-01...']) {
      expect(parseCreatedRange(bad)).toBeNull()
    }
    expect(isDay('2028-02-29')).toBe(true)
    expect(isDay('2026-02-29')).toBe(false)
  })
})

describe('presetRange', () => {
  const now = at('2026-11-30T01:30:00Z')
  it('counts days, calendar months and a calendar year back, in UTC, with the end open', () => {
    expect(presetRange('7d', now)).toEqual({ from: '2026-11-23', to: null })
    expect(presetRange('30d', now)).toEqual({ from: '2026-10-31', to: null })
    expect(presetRange('3m', now)).toEqual({ from: '2026-08-30', to: null })
    expect(presetRange('1y', now)).toEqual({ from: '2025-11-30', to: null })
  })
})

describe('inCreatedRange', () => {
  const range = { from: '2026-09-01', to: '2026-11-30' }
  it('includes the whole of both end days (UTC)', () => {
    expect(inCreatedRange(at('2026-09-01T00:00:00Z'), range)).toBe(true)
    expect(inCreatedRange(at('2026-11-30T23:59:59Z'), range)).toBe(true)
    expect(inCreatedRange(at('2026-08-31T23:59:59Z'), range)).toBe(false)
    expect(inCreatedRange(at('2026-12-01T00:00:00Z'), range)).toBe(false)
  })
  it('leaves an open end unbounded and an unknown time outside', () => {
    expect(inCreatedRange(at('1999-01-01T00:00:00Z'), { from: null, to: '2026-01-01' })).toBe(true)
    expect(inCreatedRange(Number.NaN, { from: null, to: '2026-01-01' })).toBe(false)
  })
  it('says the range in words', () => {
    expect(describeCreatedRange(range)).toBe('2026-09-01 – 2026-11-30')
    expect(describeCreatedRange({ from: '2026-09-01', to: null })).toBe('since 2026-09-01')
    expect(describeCreatedRange({ from: null, to: '2026-09-01' })).toBe('until 2026-09-01')
  })
})

describe('the Created filter', () => {
  it('keeps a preset relative: 30d in, 30d out, its days counted from the day it is used', () => {
    expect(parseCreatedFilter('30d')).toBe('30d')
    expect(formatCreatedFilter('30d')).toBe('30d')
    for (const preset of ['7d', '3m', '1y']) expect(parseCreatedFilter(preset)).toBe(preset)
    expect(resolveCreatedFilter('7d', at('2026-12-01T00:00:00Z'))).toEqual({ from: '2026-11-24', to: null })
    expect(resolveCreatedFilter('7d', at('2027-03-10T12:00:00Z'))).toEqual({ from: '2027-03-03', to: null })
  })
  it('keeps an explicit range a range', () => {
    const range = parseCreatedFilter('2026-09-01..2026-11-30')
    expect(range).toEqual({ from: '2026-09-01', to: '2026-11-30' })
    expect(formatCreatedFilter(range ?? '7d')).toBe('2026-09-01..2026-11-30')
    expect(resolveCreatedFilter({ from: '2026-09-01', to: null }, Date.now())).toEqual({
      from: '2026-09-01',
      to: null,
    })
  })
  it('refuses other words', () => {
    for (const bad of ['30', '30D', '2w', 'last-30-days', '7d..']) expect(parseCreatedFilter(bad)).toBeNull()
  })
  it('says a preset in words, and a range by its days', () => {
    expect(describeCreatedFilter('30d')).toBe('last 30 days')
    expect(describeCreatedFilter('1y')).toBe('last year')
    expect(describeCreatedFilter({ from: '2026-09-01', to: null })).toBe('since 2026-09-01')
  })
})

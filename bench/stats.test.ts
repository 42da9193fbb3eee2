import { describe, expect, it } from 'vitest'
import { growthExponent, median, meets, percentile } from './stats.js'

describe('percentile', () => {
  it('takes the nearest rank of an unsorted list', () => {
    const values = [9, 1, 5, 3, 7, 2, 8, 4, 6, 10]
    expect(percentile(values, 50)).toBe(5)
    expect(percentile(values, 99)).toBe(10)
    expect(percentile(values, 0)).toBe(1)
  })

  it('is NaN for no values, and the median is the middle value', () => {
    expect(percentile([], 50)).toBeNaN()
    expect(median([30, 10, 20])).toBe(20)
  })
})

describe('meets', () => {
  it('reads a min budget as at least and a max budget as at most', () => {
    expect(meets({ name: 'hit', value: 2, limit: 2, kind: 'min', unit: '×' })).toBe(true)
    expect(meets({ name: 'hit', value: 1.9, limit: 2, kind: 'min', unit: '×' })).toBe(false)
    expect(meets({ name: 'js', value: 131, limit: 130, kind: 'max', unit: 'KB' })).toBe(false)
  })
})

describe('growthExponent', () => {
  it('is 1 for linear growth and 0 for flat', () => {
    expect(
      growthExponent([
        { size: 1000, ms: 10 },
        { size: 5000, ms: 50 },
      ]),
    ).toBeCloseTo(1)
    expect(
      growthExponent([
        { size: 1000, ms: 10 },
        { size: 20000, ms: 10 },
      ]),
    ).toBeCloseTo(0)
  })

  it('is NaN without two different sizes', () => {
    expect(growthExponent([{ size: 1000, ms: 10 }])).toBeNaN()
  })
})

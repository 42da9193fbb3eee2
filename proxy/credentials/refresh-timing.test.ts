import { describe, expect, it } from 'vitest'
import { backoffMs, refreshDelayMs } from './refresh-timing.js'

const MINUTE = 60_000

describe('refreshDelayMs', () => {
  it('refreshes two-hour keys with a third of their life left, earlier by at most a tenth with jitter', () => {
    expect(refreshDelayMs(120 * MINUTE, 0)).toBe(80 * MINUTE)
    expect(refreshDelayMs(120 * MINUTE, 0.999)).toBeGreaterThan(72 * MINUTE)
  })

  it('keeps at least 5 minutes before expiry for keys of under 15 minutes', () => {
    expect(refreshDelayMs(12 * MINUTE, 0)).toBe(7 * MINUTE)
  })

  it('holds keys too short for the 5-minute margin for a quarter of their life', () => {
    expect(refreshDelayMs(5_000, 0)).toBe(1_250)
    expect(refreshDelayMs(5_000, 0.999)).toBeGreaterThan(1_120)
    expect(refreshDelayMs(60_000, 0)).toBe(15_000)
  })

  it('never refreshes sooner than 100 ms', () => {
    expect(refreshDelayMs(0, 0)).toBe(100)
  })
})

describe('backoffMs', () => {
  it('doubles from half a second up to a minute, jittered between half and all of it', () => {
    expect(backoffMs(1, 1, 0)).toBe(500)
    expect(backoffMs(2, 1, 0)).toBe(1_000)
    expect(backoffMs(2, 0, 0)).toBe(500)
    expect(backoffMs(30, 1, 0)).toBe(60_000)
  })

  it('retries before still-valid keys expire', () => {
    expect(backoffMs(10, 1, 4_000)).toBe(2_000)
  })
})

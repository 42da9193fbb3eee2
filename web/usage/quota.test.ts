import { describe, expect, it } from 'vitest'
import { quotaState } from './quota'

describe('quotaState', () => {
  it.each([
    [8, 500, 'ok', 492],
    [399, 500, 'ok', 101],
    [400, 500, 'near', 100],
    [499, 500, 'near', 1],
    [500, 500, 'full', 0],
    [620, 500, 'full', 0],
    [0, 0, 'full', 0],
  ] as const)('%i of %i is %s with %i left', (used, quota, level, left) => {
    const state = quotaState(used, quota)
    expect(state.level).toBe(level)
    expect(state.left).toBe(left)
    expect(state.share).toBeLessThanOrEqual(1)
  })
})

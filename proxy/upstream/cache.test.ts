import { describe, expect, it } from 'vitest'
import { createResponseCache } from './cache.js'

function setup(ttlMs = 1000, maxEntries = 10) {
  const clock = { now: 0 }
  let loads = 0
  const cache = createResponseCache<string>({
    ttlMs,
    maxEntries,
    now: () => clock.now,
    isCacheable: (value) => !value.startsWith('error'),
  })
  const load = (value: string) => async () => {
    loads++
    return value
  }
  return { cache, clock, load, loads: () => loads }
}

describe('response cache', () => {
  it('answers a repeat from the cache until the TTL runs out', async () => {
    const { cache, clock, load, loads } = setup(1000)
    expect(await cache.get('k', load('a'))).toEqual({ value: 'a', hit: false })
    clock.now = 999
    expect(await cache.get('k', load('b'))).toEqual({ value: 'a', hit: true })
    clock.now = 1000
    expect(await cache.get('k', load('c'))).toEqual({ value: 'c', hit: false })
    expect(loads()).toBe(2)
  })

  it('peeks at a fresh answer without loading, and at nothing once the TTL has run out', async () => {
    const { cache, clock, load, loads } = setup(1000)
    expect(cache.peek('k')).toBeUndefined()
    await cache.get('k', load('a'))
    clock.now = 999
    expect(cache.peek('k')).toBe('a')
    clock.now = 1000
    expect(cache.peek('k')).toBeUndefined()
    expect(loads()).toBe(1)
  })

  it('never keeps errors', async () => {
    const { cache, load, loads } = setup()
    await cache.get('k', load('error: throttled'))
    expect(await cache.get('k', load('ok'))).toEqual({ value: 'ok', hit: false })
    expect(loads()).toBe(2)
  })

  it('keeps nothing with a TTL of 0', async () => {
    const { cache, load, loads } = setup(0)
    await cache.get('k', load('a'))
    expect(await cache.get('k', load('b'))).toEqual({ value: 'b', hit: false })
    expect(loads()).toBe(2)
  })

  it('shares one load among identical calls in flight', async () => {
    const { cache } = setup()
    let finish: (value: string) => void = () => {}
    let loads = 0
    const slow = () => {
      loads++
      return new Promise<string>((resolve) => {
        finish = resolve
      })
    }
    const calls = [cache.get('k', slow), cache.get('k', slow), cache.get('k', slow)]
    finish('shared')
    const results = await Promise.all(calls)
    expect(loads).toBe(1)
    expect(results.map((result) => result.value)).toEqual(['shared', 'shared', 'shared'])
    expect(results.map((result) => result.hit)).toEqual([false, true, true])
  })

  it('shares a failing load too, then forgets it', async () => {
    const { cache, load } = setup()
    const failing = async () => {
      throw new Error('boom')
    }
    await expect(Promise.all([cache.get('k', failing), cache.get('k', failing)])).rejects.toThrow('boom')
    expect(await cache.get('k', load('later'))).toEqual({ value: 'later', hit: false })
  })

  it('drops the oldest entry beyond maxEntries', async () => {
    const { cache, load, loads } = setup(1000, 2)
    await cache.get('a', load('a'))
    await cache.get('b', load('b'))
    await cache.get('c', load('c'))
    expect((await cache.get('b', load('x'))).hit).toBe(true)
    expect((await cache.get('a', load('a2'))).hit).toBe(false)
    expect(loads()).toBe(4)
  })
})

describe('response cache, fresh reads', () => {
  it('loads past a stored answer and stores what it loaded', async () => {
    const { cache, load, loads } = setup(1000)
    await cache.get('k', load('a'))
    expect(await cache.get('k', load('b'), { fresh: true })).toEqual({ value: 'b', hit: false })
    expect(await cache.get('k', load('c'))).toEqual({ value: 'b', hit: true })
    expect(loads()).toBe(2)
  })
})

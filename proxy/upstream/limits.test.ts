import { afterEach, describe, expect, it, vi } from 'vitest'
import { createUpstreamLimiter, UpstreamBusyError, withDeadline } from './limits.js'

/** A clock and a sleep that only move when the test says so. */
function fakeTime() {
  const clock = { now: 0 }
  const sleeps: Array<{ ms: number; wake: () => void }> = []
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      sleeps.push({ ms, wake: resolve })
      signal?.addEventListener('abort', () => reject(new Error('aborted')))
    })
  return { clock, sleeps, sleep, now: () => clock.now }
}

describe('upstream concurrency cap', () => {
  it('lets maxConcurrent calls run, queues the next and hands over on release, once per slot', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 2, maxRps: 0, maxWaitMs: 1000, ...time })
    const first = await limiter.acquireSlot()
    await limiter.acquireSlot()
    let thirdRuns = false
    const third = limiter.acquireSlot().then((release) => {
      thirdRuns = true
      return release
    })
    await Promise.resolve()
    expect(thirdRuns).toBe(false)
    first()
    await third
    expect(thirdRuns).toBe(true)
    // Releasing twice must not free a second slot.
    first()
    let fourthRuns = false
    void limiter.acquireSlot().then(() => {
      fourthRuns = true
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(fourthRuns).toBe(false)
  })

  it('refuses at once when the queue is full', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 1, maxRps: 0, maxWaitMs: 1000, ...time })
    await limiter.acquireSlot()
    const queued = [1, 2, 3, 4].map(() => limiter.acquireSlot())
    await expect(limiter.acquireSlot()).rejects.toBeInstanceOf(UpstreamBusyError)
    expect(queued).toHaveLength(4)
  })

  it('gives up on a caller whose wait passes maxWaitMs', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 1, maxRps: 0, maxWaitMs: 500, ...time })
    const holder = await limiter.acquireSlot()
    const waiting = limiter.acquireSlot()
    expect(time.sleeps.map((sleep) => sleep.ms)).toEqual([500])
    time.sleeps[0]?.wake()
    await expect(waiting).rejects.toThrow('no slot within 500 ms')
    holder()
    await expect(limiter.acquireSlot()).resolves.toBeTypeOf('function')
  })

  it('does not cap anything at 0', async () => {
    const limiter = createUpstreamLimiter({ maxConcurrent: 0, maxRps: 0, maxWaitMs: 0, ...fakeTime() })
    await Promise.all(Array.from({ length: 100 }, () => limiter.acquireSlot()))
  })
})

describe('upstream rate cap', () => {
  it('lets maxRps calls go at once, then each a second (and the 50 ms spread) after the one maxRps before it', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 0, maxRps: 4, maxWaitMs: 3000, ...time })
    for (let call = 0; call < 9; call++) void limiter.takeToken()
    expect(time.sleeps.map((sleep) => sleep.ms)).toEqual([1050, 1050, 1050, 1050, 2100])
  })

  it('never lets more than maxRps calls into any one-second window', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 0, maxRps: 10, maxWaitMs: 10_000, ...time })
    const turns: number[] = []
    for (let call = 0; call < 60; call++) {
      time.clock.now = call * 37
      const before = time.sleeps.length
      void limiter.takeToken()
      turns.push(time.clock.now + (time.sleeps[before]?.ms ?? 0))
    }
    for (const start of turns) {
      expect(turns.filter((turn) => turn >= start && turn < start + 1000).length).toBeLessThanOrEqual(10)
    }
  })

  it('gives up a turn its caller woke too late for and takes a new one, so late calls never bunch', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 0, maxRps: 1, maxWaitMs: 3000, ...time })
    await limiter.takeToken()
    const late = limiter.takeToken()
    expect(time.sleeps.map((sleep) => sleep.ms)).toEqual([1050])
    // A busy process: the timer of the turn at 1050 ms fires at 1400 ms, too late to keep the window.
    time.clock.now = 1400
    time.sleeps[0]?.wake()
    await new Promise((resolve) => setImmediate(resolve))
    expect(time.sleeps.map((sleep) => sleep.ms)).toEqual([1050, 700])
    time.sleeps[1]?.wake()
    await late
  })

  it('refuses at once a call that would wait longer than maxWaitMs', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 0, maxRps: 2, maxWaitMs: 1100, ...time })
    await limiter.takeToken()
    await limiter.takeToken()
    void limiter.takeToken()
    void limiter.takeToken()
    await expect(limiter.takeToken()).rejects.toThrow('rate cap of 2/s')
  })

  it('refuses a call whose remaining wait budget is shorter than its wait for a turn', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 0, maxRps: 2, maxWaitMs: 1100, ...time })
    await limiter.takeToken()
    await limiter.takeToken()
    // The next turn comes in 1050 ms: within the full bound, not within the 100 ms this caller has left.
    await expect(limiter.takeToken(100)).rejects.toThrow('rate cap of 2/s')
    void limiter.takeToken()
    expect(time.sleeps.map((entry) => entry.ms)).toEqual([1050])
  })

  it('gives turns at once again once the window has passed', async () => {
    const time = fakeTime()
    const limiter = createUpstreamLimiter({ maxConcurrent: 0, maxRps: 2, maxWaitMs: 0, ...time })
    await limiter.takeToken()
    await limiter.takeToken()
    await expect(limiter.takeToken()).rejects.toBeInstanceOf(UpstreamBusyError)
    time.clock.now = 1050
    await limiter.takeToken()
    await limiter.takeToken()
    expect(time.sleeps).toEqual([])
  })
})

describe('withDeadline', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('aborts the signal with a TimeoutError once the deadline passes', async () => {
    vi.useFakeTimers()
    const reason = withDeadline(
      100,
      (signal) =>
        new Promise<string>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason.name))),
    )
    await vi.advanceTimersByTimeAsync(99)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    await expect(reason).resolves.toBe('TimeoutError')
  })

  it('leaves no timer behind once the work ends, whether it succeeds or fails', async () => {
    vi.useFakeTimers()
    let seen: AbortSignal | undefined
    await expect(
      withDeadline(100, async (signal) => {
        seen = signal
        return 'done'
      }),
    ).resolves.toBe('done')
    await expect(withDeadline(100, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(seen?.aborted).toBe(false)
  })
})

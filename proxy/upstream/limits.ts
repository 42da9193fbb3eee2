/**
 * Quota protection for upstream calls: a cap on concurrent calls and a token bucket on the call rate.
 * A caller that would wait longer than `maxWaitMs` (or finds the queue full) gets UpstreamBusyError at once.
 */

export class UpstreamBusyError extends Error {
  constructor(reason: string) {
    super(`The image API queue is full (${reason}).`)
  }
}

export interface LimiterOptions {
  /** 0 = no cap. */
  maxConcurrent: number
  /** Calls per second; 0 = no cap. The bucket holds one second's worth, so short bursts pass. */
  maxRps: number
  maxWaitMs: number
  now: () => number
  /** Resolves after ms; may reject once the signal aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
}

export interface UpstreamLimiter {
  /** Resolves with a release function once a concurrency slot is free. */
  acquireSlot(): Promise<() => void>
  /**
   * Resolves once a rate token is available. `maxWaitMs` narrows the wait allowed, so that a call which
   * already waited for its slot does not wait the whole bound again.
   */
  takeToken(maxWaitMs?: number): Promise<void>
}

/** Queued callers allowed per concurrent slot; beyond that nobody would get a turn within the wait bound. */
const QUEUE_PER_SLOT = 4

export function createUpstreamLimiter(options: LimiterOptions): UpstreamLimiter {
  return { acquireSlot: createSlots(options), takeToken: createBucket(options) }
}

function createSlots(options: LimiterOptions): UpstreamLimiter['acquireSlot'] {
  let active = 0
  const waiting: Array<() => void> = []
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else active--
  }
  return async () => {
    if (options.maxConcurrent === 0) return () => {}
    if (active < options.maxConcurrent) {
      active++
      return once(release)
    }
    if (waiting.length >= options.maxConcurrent * QUEUE_PER_SLOT)
      throw new UpstreamBusyError('too many waiting')
    let turn = () => {}
    const granted = new Promise<'granted'>((resolve) => {
      turn = () => resolve('granted')
    })
    waiting.push(turn)
    const cancel = new AbortController()
    const late = options.sleep(options.maxWaitMs, cancel.signal).then(
      () => 'late' as const,
      () => 'late' as const,
    )
    const outcome = await Promise.race([granted, late])
    cancel.abort()
    const index = waiting.indexOf(turn)
    // Not in the queue any more means a release handed this caller the slot, even if the timer won the race.
    if (outcome === 'granted' || index === -1) return once(release)
    waiting.splice(index, 1)
    throw new UpstreamBusyError(`no slot within ${options.maxWaitMs} ms`)
  }
}

function createBucket(options: LimiterOptions): UpstreamLimiter['takeToken'] {
  const capacity = options.maxRps
  let tokens = capacity
  let refilledAt = options.now()
  return async (maxWaitMs = options.maxWaitMs) => {
    if (capacity === 0) return
    const now = options.now()
    tokens = Math.min(capacity, tokens + ((now - refilledAt) * capacity) / 1000)
    refilledAt = now
    // Tokens may go negative: each waiter reserves its own future token, so waits queue up in order.
    const waitMs = tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * 1000) / capacity)
    if (waitMs > maxWaitMs) throw new UpstreamBusyError(`rate cap of ${capacity}/s`)
    tokens -= 1
    if (waitMs > 0) await options.sleep(waitMs)
  }
}

function once(action: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    action()
  }
}

/**
 * Runs `work` with a signal that aborts after `timeoutMs`, and disarms it when the work ends. Unlike
 * AbortSignal.timeout, whose timer stays armed (and tracked for garbage collection) for the whole deadline
 * after every call, a finished call leaves nothing behind.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new DOMException('The deadline passed.', 'TimeoutError')),
    timeoutMs,
  )
  try {
    return await work(controller.signal)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Quota protection for upstream calls: a cap on concurrent calls and one on the call rate, such that no
 * one-second window ever holds more calls than the cap: in memory a sliding window (up to the cap at once, then
 * each call a second after the one the cap before it), in Redis a steady pace (proxy/shared/upstream-gate.ts).
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
  /** Calls per second; 0 = no cap. Never more in any one-second window, late arrivals included. */
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
  return { acquireSlot: createSlots(options), takeToken: createRateGate(options) }
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

/** How late a call may reach the upstream after its turn and still keep within the per-second cap. */
export const ARRIVAL_SPREAD_MS = 50

/** Milliseconds between calls so that no one-second window passes maxRps, late arrivals included. */
export function paceIntervalMs(maxRps: number): number {
  return (1000 + ARRIVAL_SPREAD_MS) / maxRps
}

/** GCRA: the wait for the next turn, or -1 past `maxWaitMs`; moves `state.tat` (the next free turn) on success. */
export function nextTurn(state: { tat: number }, now: number, intervalMs: number, maxWaitMs: number): number {
  const tat = Math.max(state.tat, now)
  const wait = tat - now
  if (wait > maxWaitMs) return -1
  state.tat = tat + intervalMs
  return Math.ceil(wait)
}

export type TakeToken = (maxWaitMs?: number) => Promise<void>

/** One action's budget at one endpoint: Tencent counts calls per action, endpoint and caller. */
export interface RateSpec {
  action: string
  endpoint: URL
  maxRps: number
}

/** Makes the rate gate of one budget (the shared Redis one in shared mode). */
export type GateFactory = (spec: RateSpec) => TakeToken

/** An action's pace: its documented limit, never above UPSTREAM_MAX_RPS; 0 (no cap) stays 0. */
export function actionRps(documented: number, maxRps: number): number {
  return maxRps === 0 ? 0 : Math.min(documented, maxRps)
}

/**
 * Takes turns until one is kept: the caller sleeps until its turn, and if it wakes later than the pacing allows
 * for (a busy process fires its timers late, and together) it gives that turn up and takes a new one, within what
 * is left of its wait bound. So every call leaves within ARRIVAL_SPREAD_MS of its turn, which is what keeps any
 * one-second window at the cap. `take` answers the wait for a turn, or -1 past the bound; the time it takes to
 * answer (a Redis round trip) counts, half of it, against the spread.
 */
export async function keepTurn(
  take: (maxWaitMs: number) => number | Promise<number>,
  options: Pick<LimiterOptions, 'now' | 'sleep' | 'maxRps'> & { maxWaitMs: number },
): Promise<void> {
  const { now } = options
  const deadline = now() + options.maxWaitMs
  for (;;) {
    const asked = now()
    // An in-memory answer is used at once, so the caller's wait starts in the same tick (the tests see it).
    const answer = take(Math.max(0, deadline - asked))
    const waitMs = typeof answer === 'number' ? answer : await answer
    if (waitMs < 0) throw new UpstreamBusyError(`rate cap of ${options.maxRps}/s`)
    const answered = now()
    const turnAt = answered + waitMs
    if (waitMs > 0) await options.sleep(waitMs)
    if (now() - turnAt <= ARRIVAL_SPREAD_MS - (answered - asked) / 2) return
  }
}

/**
 * The sliding-window turn: at once while fewer than `maxRps` turns were given in the last second (plus the
 * spread), else a second and the spread after the turn `maxRps` turns back; -1 past `maxWaitMs`. `turns` holds
 * the latest turns, oldest first (they never decrease), and gets this one.
 */
export function windowTurn(turns: number[], now: number, maxRps: number, maxWaitMs: number): number {
  const back = turns.length >= maxRps ? (turns[turns.length - maxRps] as number) : Number.NEGATIVE_INFINITY
  const turn = Math.max(now, back + 1000 + ARRIVAL_SPREAD_MS)
  const wait = turn - now
  if (wait > maxWaitMs) return -1
  turns.push(turn)
  if (turns.length > maxRps) turns.shift()
  return Math.ceil(wait)
}

/** One rate cap in memory: each caller waits for its own turn, in order of arrival. */
export function createRateGate(options: Omit<LimiterOptions, 'maxConcurrent'>): TakeToken {
  const maxRps = Math.max(1, Math.floor(options.maxRps))
  const turns: number[] = []
  return async (maxWaitMs = options.maxWaitMs) => {
    if (options.maxRps === 0) return
    const take = (waitLeftMs: number) => windowTurn(turns, options.now(), maxRps, waitLeftMs)
    await keepTurn(take, { ...options, maxWaitMs })
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

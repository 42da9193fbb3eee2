/**
 * Tencent's call quota, per SecretId: DescribeImages allows 40 requests per second by default
 * (https://cloud.tencent.com/document/api/213/15715), counted per API, endpoint and caller
 * (https://cloud.tencent.com/document/product/1278/109059). Over it, the call is refused with the rate-limit
 * code of its API. Also keeps a per-second count of the DescribeImages calls received, for load reports.
 */
import { READ_ACTIONS, type ReadActionName } from '../core/read-actions.js'
import type { RequestError } from '../core/request/refusal.js'

export const DEFAULT_MAX_RPS = 40
/** Seconds of per-second counts kept for the load report. */
const HISTORY_SECONDS = 600

export interface SecondCount {
  /** Unix time in seconds. */
  second: number
  /** DescribeImages calls received in that second, refused ones included. */
  calls: number
  /** Calls refused for the quota. */
  refused: number
}

export interface Quota {
  /** Counts a call arriving; call once per DescribeImages request. */
  received(): void
  /**
   * Counts a verified caller's call against its action's quota: the refusal, or null when it may go on. Each
   * action counts apart, at maxRps or its own documented limit if lower (DescribeImages: maxRps).
   */
  admit(secretId: string, api: 'legacy' | 'v3', action?: string): RequestError | null
  /** The per-second counts, oldest first, seconds with no call left out. */
  seconds(): SecondCount[]
  /** The verified calls of each action since the start (or the last reset), refused ones included. */
  actions(): Record<string, number>
  reset(): void
}

/** The rate-limit codes of each API (tencent-api §11; core/errors.ts classes both as rate-limit). */
const QUOTA_CODES = { legacy: 'InvalidRequest.LimitExceeded', v3: 'RequestLimitExceeded' } as const

/** The SecretId in an authenticated TC3 Authorization header (`Credential=<SecretId>/<date>/…`). */
export function tc3SecretId(authorization: string | undefined): string {
  return /Credential=([^/,\s]+)\//.exec(authorization ?? '')?.[1] ?? ''
}

function limitFor(action: string, maxRps: number): number {
  if (action === 'DescribeImages' || !Object.hasOwn(READ_ACTIONS, action)) return maxRps
  return Math.min(maxRps, READ_ACTIONS[action as ReadActionName].ratePerSecond)
}

export function createQuota(options: { maxRps: number; now: () => number }): Quota {
  let windowSecond = -1
  let callers = new Map<string, number>()
  const history = new Map<number, SecondCount>()
  const perAction = new Map<string, number>()

  const countFor = (second: number): SecondCount => {
    let count = history.get(second)
    if (!count) {
      count = { second, calls: 0, refused: 0 }
      history.set(second, count)
      for (const old of history.keys()) {
        if (history.size <= HISTORY_SECONDS) break
        history.delete(old)
      }
    }
    return count
  }
  const currentSecond = () => Math.floor(options.now() / 1000)

  return {
    received() {
      countFor(currentSecond()).calls += 1
    },
    admit(secretId, api, action = 'DescribeImages') {
      perAction.set(action, (perAction.get(action) ?? 0) + 1)
      if (options.maxRps === 0) return null
      const limit = limitFor(action, options.maxRps)
      const second = currentSecond()
      if (second !== windowSecond) {
        windowSecond = second
        callers = new Map()
      }
      const caller = `${action} ${secretId}`
      const calls = (callers.get(caller) ?? 0) + 1
      callers.set(caller, calls)
      if (calls <= limit) return null
      countFor(second).refused += 1
      // The wording of Tencent's own answer to a caller over its frequency limit.
      const message =
        `Your current request times equals to \`${calls}\` in a second, which exceeds the frequency limit ` +
        `\`${limit}\` for a second. Please reduce the frequency of calls.`
      return { code: QUOTA_CODES[api], message }
    },
    seconds() {
      return [...history.values()]
    },
    actions() {
      return Object.fromEntries(perAction)
    },
    reset() {
      history.clear()
      perAction.clear()
      callers = new Map()
    },
  }
}

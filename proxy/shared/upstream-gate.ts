/**
 * One upstream budget for every replica: GCRA in a single Lua script that reads Redis TIME, so replica clocks
 * do not matter. Calls are paced, no burst, so any one-second window holds at most UPSTREAM_MAX_RPS calls
 * even when a call reaches the upstream a little after its turn. Keyed by endpoint host and a digest of the
 * signing identity (SecretId, or the role for temporary keys), which Tencent counts the quota by (https://cloud.tencent.com/document/product/1278/109059).
 * A call that wakes too late for its turn takes a new one (limits.ts keepTurn), so late calls do not bunch.
 * While Redis is down each replica paces itself at 1/UPSTREAM_REPLICAS of the budget, by the same rule.
 */
import { createHash } from 'node:crypto'
import type { Redis } from 'ioredis'
import { keepTurn, nextTurn, paceIntervalMs } from '../upstream/limits.js'
import type { RedisLink } from './redis-link.js'

export { ARRIVAL_SPREAD_MS, nextTurn, paceIntervalMs } from '../upstream/limits.js'

/**
 * KEYS[1]: the bucket (its theoretical arrival time, in µs of Redis TIME). ARGV: the interval between calls
 * (µs), the longest wait allowed (µs), and how far ahead this replica has already scheduled calls outside
 * Redis (µs), which no new turn may overlap. Returns the wait in ms, or -1 when it would pass the bound.
 */
const TURN_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local interval = tonumber(ARGV[1])
local tat = math.max(tonumber(redis.call('GET', KEYS[1]) or 0), now, now + tonumber(ARGV[3]))
local wait = tat - now
if wait > tonumber(ARGV[2]) then return -1 end
redis.call('SET', KEYS[1], string.format('%.0f', tat + interval), 'PX', math.ceil((wait + interval) / 1000) + 1000)
return math.ceil(wait / 1000)
`

declare module 'ioredis' {
  interface RedisCommander {
    upstreamTurn(key: string, intervalUs: number, maxWaitUs: number, holdUs: number): Promise<number>
  }
}

/**
 * The Redis key of one upstream budget: endpoint host, identity (never the secret key) and action, since Tencent
 * counts each action apart. DescribeImages keeps the key it had before the other actions came, so replicas of
 * both versions share its budget during a rollout.
 */
export function bucketKey(endpoint: URL, identity: string, action = 'DescribeImages'): string {
  const digest = createHash('sha256').update(identity).digest('hex').slice(0, 16)
  const base = `upstream-bucket:${endpoint.host}:${digest}`
  return action === 'DescribeImages' ? base : `${base}:${action}`
}

export interface GateOptions {
  link: RedisLink
  key: string
  maxRps: number
  replicas: number
  maxWaitMs: number
  now: () => number
  sleep: (ms: number) => Promise<void>
}

function defineTurn(client: Redis): void {
  if (!client.upstreamTurn) client.defineCommand('upstreamTurn', { numberOfKeys: 1, lua: TURN_SCRIPT })
}

/** A takeToken for createUpstream: the shared budget while Redis answers, this replica's share otherwise. */
export function createSharedGate(options: GateOptions): (maxWaitMs?: number) => Promise<void> {
  const { link, maxRps } = options
  defineTurn(link.client)
  const sharedIntervalUs = Math.round(paceIntervalMs(maxRps) * 1000)
  // Fallback turns start after this replica's last shared one, and shared turns after its last fallback one.
  const local = { tat: 0 }
  const take = async (maxWaitMs: number): Promise<number> => {
    const now = options.now()
    const holdUs = Math.max(0, Math.round((local.tat - now) * 1000))
    const shared = await link.use((client) =>
      client.upstreamTurn(options.key, sharedIntervalUs, maxWaitMs * 1000, holdUs),
    )
    const waitMs = shared ?? nextTurn(local, now, paceIntervalMs(maxRps / options.replicas), maxWaitMs)
    if (shared !== undefined && waitMs >= 0) local.tat = Math.max(local.tat, now + waitMs)
    return waitMs
  }
  return async (maxWaitMs = options.maxWaitMs) => {
    if (maxRps === 0) return
    await keepTurn(take, { ...options, maxWaitMs })
  }
}

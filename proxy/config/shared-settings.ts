/**
 * The settings for running several replicas: REDIS_URL (shared mode), REDIS_PREFIX, UPSTREAM_REPLICAS and
 * TRUST_PROXY. Pure readers; config.ts puts them into the Config.
 */
import { isIP } from 'node:net'
import { ConfigError, type Env, readInteger, readVariable } from './env-values.js'
import { Secret } from './secret.js'

export interface RedisSettings {
  /** The whole URL: it may carry a password, so it is printed as `[redacted]`. */
  url: Secret
  /** `redis://host:port/db` without user or password, for log lines and the start-up line. */
  safeUrl: string
  /** Prepended to every key this proxy writes. */
  prefix: string
}

/** What Fastify's trustProxy takes: a list of addresses and CIDRs, or a trust function for a hop count. */
export type TrustProxy = false | string[] | ((address: string, hop: number) => boolean)

export interface SharedSettings {
  redis: RedisSettings | null
  /** The replicas sharing the upstream budget; each takes 1/N of it while Redis is down. */
  upstreamReplicas: number
  trustProxy: TrustProxy
}

export const DEFAULT_REDIS_PREFIX = 'cvm-image-browser:'
/** Names proxy-addr (Fastify's trustProxy) knows: https://github.com/jshttp/proxy-addr#proxyaddrreq-trust */
const TRUST_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])

export function readSharedSettings(env: Env): SharedSettings {
  return {
    redis: readRedis(env),
    upstreamReplicas: readInteger(env, 'UPSTREAM_REPLICAS', 1, 1, 1_000),
    trustProxy: readTrustProxy(env),
  }
}

function readRedis(env: Env): RedisSettings | null {
  const text = readVariable(env, 'REDIS_URL')
  if (text === undefined) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    // The text may hold a password: never echo it.
    throw new ConfigError('REDIS_URL', 'not a URL; expected redis://[:password@]host[:port][/db]')
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError('REDIS_URL', `expected redis:// or rediss://, got ${url.protocol}//`)
  }
  const db = url.pathname.replace(/^\//, '')
  if (url.hostname === '' || !/^\d{0,2}$/.test(db) || url.search !== '' || url.hash !== '') {
    throw new ConfigError('REDIS_URL', 'expected redis://[:password@]host[:port][/db] with db a number')
  }
  const prefix = readVariable(env, 'REDIS_PREFIX') ?? DEFAULT_REDIS_PREFIX
  if (!/^[\w.:-]{1,64}$/.test(prefix)) {
    throw new ConfigError('REDIS_PREFIX', 'expected 1 to 64 letters, digits, or . : _ -')
  }
  const safeUrl = `${url.protocol}//${url.host}/${db === '' ? '0' : db}`
  return { url: new Secret(text), safeUrl, prefix }
}

function isTrustEntry(entry: string): boolean {
  if (TRUST_NAMES.has(entry)) return true
  const [address = '', bits, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (bits === undefined) return true
  const max = family === 4 ? 32 : 128
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max
}

/**
 * A hop count trusts that many proxies in front whoever they are, so it suits a proxy reachable only through
 * them; a list of addresses/CIDRs trusts only those peers, and X-Forwarded-For from anyone else is ignored.
 */
function readTrustProxy(env: Env): TrustProxy {
  const text = readVariable(env, 'TRUST_PROXY')
  if (text === undefined) return false
  if (/^\d+$/.test(text)) {
    const hops = readInteger(env, 'TRUST_PROXY', 0, 0, 100)
    // Fastify 5 treats a bare number as "trust nobody", so the hop count becomes proxy-addr's trust function.
    return hops === 0 ? false : (_address, hop) => hop < hops
  }
  const entries = text.split(',').map((entry) => entry.trim())
  const bad = entries.find((entry) => !isTrustEntry(entry))
  if (bad !== undefined) {
    throw new ConfigError(
      'TRUST_PROXY',
      `expected a hop count or a comma-separated list of addresses/CIDRs, got "${bad}"`,
    )
  }
  return entries
}

/**
 * Shared mode (REDIS_URL set): one Redis link, and on it the upstream budget, the answer cache and the
 * per-client limit that every replica shares. Unset, the proxy keeps everything in memory.
 */
import { setTimeout as delay } from 'node:timers/promises'
import type { FastifyBaseLogger } from 'fastify'
import type { Config, CredentialSource } from '../config/config.js'
import type { RedisSettings } from '../config/shared-settings.js'
import type { GateFactory } from '../upstream/limits.js'
import { createRedisLink, type RedisLink } from './redis-link.js'
import { createSharedCache, type SharedCache } from './shared-cache.js'
import { bucketKey, createSharedGate } from './upstream-gate.js'

export interface SharedMode {
  link: RedisLink
  cache: SharedCache
  /** Makes each action's shared rate gate; undefined without credentials (no upstream calls at all). */
  gateFor: GateFactory | undefined
}

/**
 * Who Tencent counts the calls against: the SecretId of fixed keys; the role for temporary keys, whose
 * SecretId changes with every refresh while the caller stays the same.
 */
export function signingIdentity(source: CredentialSource | null): string {
  if (!source) return ''
  switch (source.kind) {
    case 'assume-role':
    case 'oidc':
      return source.roleArn
    case 'cvm-role':
      return `cvm-role:${source.roleName ?? source.metadataEndpoint.host}`
    default:
      return source.credentials.secretId
  }
}

/** A replica starting next to a healthy Redis begins in shared mode rather than alone. */
const FIRST_CONNECT_WAIT_MS = 1_000

export async function startSharedMode(
  config: Config,
  redis: RedisSettings,
  log: FastifyBaseLogger,
  now: () => number,
): Promise<SharedMode> {
  const link = createRedisLink(redis, log)
  await link.whenUp(FIRST_CONNECT_WAIT_MS)
  const identity = signingIdentity(config.credentialSource)
  const gateFor: GateFactory | undefined = config.credentialSource
    ? ({ action, endpoint, maxRps }) =>
        createSharedGate({
          link,
          key: bucketKey(endpoint, identity, action),
          maxRps,
          replicas: config.upstreamReplicas,
          maxWaitMs: config.upstreamQueueWaitMs,
          now,
          sleep: (ms) => delay(ms),
        })
    : undefined
  const cache = createSharedCache({ link, ttlMs: config.cacheTtlMs, scope: { api: config.api, identity } })
  return { link, cache, gateFor }
}

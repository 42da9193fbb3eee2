/**
 * The only code that talks to the cloud, for both APIs: build the signed request (the one part that differs,
 * see legacy-request.ts and v3-request.ts), wait for a concurrency slot and the action's rate turn, then send
 * it with a deadline and retries (retries.ts) and turn whatever comes back into an UpstreamAnswer.
 */
import { setTimeout as delay } from 'node:timers/promises'
import type { DescribeImagesV3Request } from '../../core/describe-images-v3.js'
import { READ_ACTIONS, type ReadActionName } from '../../core/read-actions.js'
import type { ActionCall } from '../../core/request/read-queries.js'
import { TC3_ALGORITHM } from '../../core/signing/tc3.js'
import type { SignatureMethod } from '../../core/signing/v1.js'
import type { SigningMethod } from '../config/config.js'
import type { CredentialProvider } from '../credentials/provider.js'
import type { UpstreamAnswer } from './answer.js'
import type { HttpFetch } from './http-fetch.js'
import { createLegacyActionSigner, createLegacyRequestBuilder } from './legacy-request.js'
import {
  actionRps,
  createRateGate,
  createUpstreamLimiter,
  type GateFactory,
  type TakeToken,
  UpstreamBusyError,
} from './limits.js'
import { busy, type Call, type CallContext, callWithRetries } from './retries.js'
import type { SignedRequestBuilder } from './signed-request.js'
import { undiciFetch } from './undici-fetch.js'
import { createV3ActionSigner, createV3RequestBuilder } from './v3-request.js'

export interface UpstreamSettings {
  endpoint: URL
  /** The legacy DescribeInstances endpoint (cvm.api.qcloud.com); `endpoint` when absent. Unused by API 3.0. */
  instanceEndpoint?: URL
  /** Asked for the keys at every signing: temporary keys change under a running proxy. */
  credentials: CredentialProvider
  /** TC3-HMAC-SHA256 speaks API 3.0; HmacSHA256/HmacSHA1 speak the legacy endpoint's signature v1. */
  signatureMethod: SigningMethod
  timeoutMs: number
  maxConcurrent: number
  maxRps: number
  queueWaitMs: number
}

export interface UpstreamDeps {
  /** The transport; undiciFetch (a keep-alive Pool per origin) unless a test injects one. */
  fetch?: HttpFetch
  /** Wall clock in ms: request timestamps and the rate bucket. */
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** In [0, 1): backoff jitter. */
  random?: () => number
  /** Replaces each action's in-memory rate gate: the budgets replicas share (proxy/shared/upstream-gate.ts). */
  gateFor?: GateFactory
}

/** Takes legacy and 3.0 requests alike: a legacy request is a 3.0 request without tag filters. */
export interface Upstream {
  describeImages(request: DescribeImagesV3Request): Promise<UpstreamAnswer>
  /** API 3.0's DescribeRegions (https://cloud.tencent.com/document/api/213/15708); null in legacy mode. */
  describeRegions: ((region: string) => Promise<UpstreamAnswer>) | null
  /** Any action of the generic route (core/read-actions.ts), validated; each at its own pace. */
  read(call: ActionCall): Promise<UpstreamAnswer>
}

const createRequestBuilder = ({ signatureMethod, ...settings }: UpstreamSettings): SignedRequestBuilder =>
  signatureMethod === TC3_ALGORITHM
    ? createV3RequestBuilder(settings)
    : createLegacyRequestBuilder({ ...settings, signatureMethod })

/** One rate gate per action and endpoint, made on first use: in memory, or the factory's (shared mode). */
function rateGates(
  settings: UpstreamSettings,
  deps: UpstreamDeps,
  now: () => number,
  sleep: CallContext['sleep'],
) {
  const gates = new Map<string, TakeToken>()
  return (action: ReadActionName, endpoint: URL): TakeToken => {
    const key = `${action} ${endpoint.href}`
    let gate = gates.get(key)
    if (!gate) {
      const maxRps = actionRps(READ_ACTIONS[action].ratePerSecond, settings.maxRps)
      gate =
        deps.gateFor?.({ action, endpoint, maxRps }) ??
        createRateGate({ maxRps, maxWaitMs: settings.queueWaitMs, now, sleep })
      gates.set(key, gate)
    }
    return gate
  }
}

export function createUpstream(settings: UpstreamSettings, deps: UpstreamDeps = {}): Upstream {
  const now = deps.now ?? Date.now
  const sleep = deps.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }))
  // Concurrency only: each action has its own rate gate.
  const limiter = createUpstreamLimiter({
    maxConcurrent: settings.maxConcurrent,
    maxRps: 0,
    maxWaitMs: settings.queueWaitMs,
    now,
    sleep,
  })
  const gate = rateGates(settings, deps, now, sleep)
  const context = {
    settings,
    fetch: deps.fetch ?? undiciFetch,
    now,
    sleep,
    random: deps.random ?? Math.random,
  }
  const run = async (call: Call): Promise<UpstreamAnswer> => {
    const arrivedAt = now()
    let release: () => void
    try {
      release = await limiter.acquireSlot()
    } catch (error) {
      if (error instanceof UpstreamBusyError) return busy(error)
      throw error
    }
    try {
      // One wait bound for the slot and the first token together: the quick 503 stays quick.
      const waitLeftMs = Math.max(0, settings.queueWaitMs - (now() - arrivedAt))
      return await callWithRetries(context, call, waitLeftMs)
    } finally {
      release()
    }
  }
  const isV3 = settings.signatureMethod === TC3_ALGORITHM
  const family = isV3 ? 'v3' : 'legacy'
  const build = createRequestBuilder(settings)
  const signAction = isV3 ? createV3ActionSigner(settings) : null
  const signLegacy = isV3 ? null : createLegacyActionSigner(settings.signatureMethod as SignatureMethod)
  const endpointOf = (action: ReadActionName): URL =>
    !isV3 && READ_ACTIONS[action].legacy === 'instance'
      ? (settings.instanceEndpoint ?? settings.endpoint)
      : settings.endpoint
  return {
    describeImages: (request) =>
      run({
        sign: (seconds, keys) => build(request, seconds, keys),
        shape: { family, listKey: 'ImageSet' },
        takeToken: gate('DescribeImages', settings.endpoint),
      }),
    describeRegions: signAction
      ? (region) =>
          run({
            sign: (seconds, keys) => signAction('DescribeRegions', region, '{}', seconds, keys),
            shape: { family, listKey: 'RegionSet' },
            takeToken: gate('DescribeRegions', settings.endpoint),
          })
      : null,
    read: (call) => {
      const endpoint = endpointOf(call.action)
      const body = JSON.stringify(call.body)
      return run({
        sign: (seconds, keys) =>
          signAction
            ? signAction(call.action, call.region, body, seconds, keys)
            : (signLegacy as NonNullable<typeof signLegacy>)(
                call.action,
                call.params,
                endpoint,
                seconds,
                keys,
              ),
        shape: { family, listKey: call.field.key, kind: call.field.kind },
        takeToken: gate(call.action, endpoint),
      })
    },
  }
}

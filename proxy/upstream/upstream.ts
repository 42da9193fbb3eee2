/**
 * The only code that talks to the cloud, for both APIs: build the signed request (the one part that differs,
 * see legacy-request.ts and v3-request.ts), send it with a deadline, retry what may succeed on a second try,
 * and turn whatever comes back into an UpstreamAnswer.
 */
import { setTimeout as delay } from 'node:timers/promises'
import type { DescribeImagesV3Request } from '../../core/describe-images-v3.js'
import { TC3_ALGORITHM } from '../../core/signing/tc3.js'
import type { Credentials, SigningMethod } from '../config/config.js'
import type { CredentialProvider } from '../credentials/provider.js'
import { type Attempt, PROXY_ERRORS, proxyAnswer, readUpstreamReply, type UpstreamAnswer } from './answer.js'
import { type HttpFetch, httpFetch } from './http-fetch.js'
import { createLegacyRequestBuilder } from './legacy-request.js'
import { createUpstreamLimiter, UpstreamBusyError, type UpstreamLimiter } from './limits.js'
import type { SignedRequestBuilder } from './signed-request.js'
import { keysFor, needsNewKeys, type SignedAttempt } from './signing-keys.js'
import { createV3RequestBuilder } from './v3-request.js'

export interface UpstreamSettings {
  endpoint: URL
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
  /** The transport; httpFetch (node:http, keep-alive) unless a test injects one. */
  fetch?: HttpFetch
  /** Wall clock in ms: request timestamps and the rate bucket. */
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** In [0, 1): backoff jitter. */
  random?: () => number
}

/** Takes legacy and 3.0 requests alike: a legacy request is a 3.0 request without tag filters. */
export interface Upstream {
  describeImages(request: DescribeImagesV3Request): Promise<UpstreamAnswer>
}

const MAX_RETRIES = 2
const BACKOFF_BASE_MS = 200

function createRequestBuilder(settings: UpstreamSettings): SignedRequestBuilder {
  const { signatureMethod } = settings
  return signatureMethod === TC3_ALGORITHM
    ? createV3RequestBuilder(settings)
    : createLegacyRequestBuilder({ ...settings, signatureMethod })
}

/** A system error code such as ECONNREFUSED: safe to show, unlike a whole error message. */
function causeCode(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } }).cause?.code
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? ` (${code})` : ''
}

interface CallContext {
  settings: UpstreamSettings
  fetch: HttpFetch
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  random: () => number
  limiter: UpstreamLimiter
  build: SignedRequestBuilder
}

const busy = (error: UpstreamBusyError) => proxyAnswer(PROXY_ERRORS.busy, error.message, 1)

async function attempt(
  context: CallContext,
  request: DescribeImagesV3Request,
  signal: AbortSignal,
  refused?: SignedAttempt,
): Promise<SignedAttempt> {
  const credentials = await keysFor(context.settings.credentials, refused?.credentials)
  if ('answer' in credentials) return credentials
  // Static keys cannot be refreshed: the refusal stands.
  if (refused && credentials === refused.credentials) return refused
  return { ...(await send(context, request, signal, credentials)), credentials }
}

async function send(
  context: CallContext,
  request: DescribeImagesV3Request,
  signal: AbortSignal,
  credentials: Credentials,
): Promise<Attempt> {
  const { settings } = context
  const { url, ...init } = context.build(request, Math.floor(context.now() / 1000), credentials)
  try {
    // No redirects: the proxy talks to the configured host only.
    const response = await context.fetch(url, { ...init, redirect: 'manual', signal })
    return readUpstreamReply(response.status, await response.text())
  } catch (error) {
    if (signal.aborted) {
      const message = `The image API did not answer within ${settings.timeoutMs} ms.`
      return { answer: proxyAnswer(PROXY_ERRORS.timeout, message), retryable: false }
    }
    const message = `The image API could not be reached${causeCode(error)}.`
    return { answer: proxyAnswer(PROXY_ERRORS.unavailable, message), retryable: true }
  }
}

/** Up to MAX_RETRIES more tries with jittered exponential backoff, all inside one deadline. */
async function callWithRetries(
  context: CallContext,
  request: DescribeImagesV3Request,
  firstTokenWaitMs: number,
): Promise<UpstreamAnswer> {
  const { timeoutMs } = context.settings
  const signal = AbortSignal.timeout(timeoutMs)
  const deadline = performance.now() + timeoutMs
  let last: SignedAttempt | undefined
  for (let retry = 0; retry <= MAX_RETRIES; retry++) {
    if (last) {
      const backoffMs = Math.round(context.random() * BACKOFF_BASE_MS * 2 ** retry)
      if (performance.now() + backoffMs >= deadline) break
      await context.sleep(backoffMs)
    }
    try {
      await context.limiter.takeToken(last ? undefined : firstTokenWaitMs)
    } catch (error) {
      if (!(error instanceof UpstreamBusyError)) throw error
      return last ? last.answer : busy(error)
    }
    last = await attempt(context, request, signal)
    if (needsNewKeys(last)) last = await attempt(context, request, signal, last)
    if (!last.retryable) break
  }
  return (last as Attempt).answer
}

export function createUpstream(settings: UpstreamSettings, deps: UpstreamDeps = {}): Upstream {
  const now = deps.now ?? Date.now
  const sleep = deps.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }))
  const limiter = createUpstreamLimiter({
    maxConcurrent: settings.maxConcurrent,
    maxRps: settings.maxRps,
    maxWaitMs: settings.queueWaitMs,
    now,
    sleep,
  })
  const context = {
    settings,
    fetch: deps.fetch ?? httpFetch,
    now,
    sleep,
    random: deps.random ?? Math.random,
    limiter,
    build: createRequestBuilder(settings),
  }
  return {
    async describeImages(request) {
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
        return await callWithRetries(context, request, waitLeftMs)
      } finally {
        release()
      }
    },
  }
}

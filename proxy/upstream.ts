/**
 * The only code that talks to the cloud: fill in the common parameters, sign (v1), send with a deadline,
 * retry what may succeed on a second try, and turn whatever comes back into an UpstreamAnswer.
 */
import { randomInt } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import {
  ACTION,
  API_VERSION,
  type DescribeImagesRequest,
  formatDescribeImagesParams,
} from '../core/describe-images.js'
import type { Credentials } from './config.js'
import { buildStringToSign, type SignatureMethod, signStringV1 } from './signing/v1.js'
import {
  type Attempt,
  PROXY_ERRORS,
  proxyAnswer,
  readUpstreamReply,
  type UpstreamAnswer,
} from './upstream-answer.js'
import { createUpstreamLimiter, UpstreamBusyError, type UpstreamLimiter } from './upstream-limits.js'

export interface UpstreamSettings {
  endpoint: URL
  credentials: Credentials
  signatureMethod: SignatureMethod
  timeoutMs: number
  maxConcurrent: number
  maxRps: number
  queueWaitMs: number
}

export interface UpstreamDeps {
  fetch?: typeof fetch
  /** Wall clock in ms: request timestamps and the rate bucket. */
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** In [0, 1): backoff jitter. */
  random?: () => number
}

export interface Upstream {
  describeImages(request: DescribeImagesRequest): Promise<UpstreamAnswer>
}

const MAX_RETRIES = 2
const BACKOFF_BASE_MS = 200

/** RFC 3986 percent-encoding with upper-case hex, as the signature v1 docs require on the wire. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Every parameter of one call, common ones included, plus its Signature, as a query string. */
export function buildSignedQuery(
  request: DescribeImagesRequest,
  settings: Pick<UpstreamSettings, 'endpoint' | 'credentials' | 'signatureMethod'>,
  timestampSeconds: number,
  nonce: number,
): string {
  const { credentials, endpoint, signatureMethod } = settings
  const params: [string, string][] = [
    ['Action', ACTION],
    ['Version', API_VERSION],
    ...formatDescribeImagesParams(request),
    ['Timestamp', String(timestampSeconds)],
    ['Nonce', String(nonce)],
    ['SecretId', credentials.secretId],
    ['SignatureMethod', signatureMethod],
  ]
  if (credentials.token) params.push(['Token', credentials.token.reveal()])
  const stringToSign = buildStringToSign('GET', endpoint.host, endpoint.pathname, params)
  params.push(['Signature', signStringV1(credentials.secretKey.reveal(), stringToSign, signatureMethod)])
  return params.map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`).join('&')
}

/** A system error code such as ECONNREFUSED: safe to show, unlike a whole error message. */
function causeCode(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } }).cause?.code
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? ` (${code})` : ''
}

interface CallContext {
  settings: UpstreamSettings
  fetch: typeof fetch
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  random: () => number
  limiter: UpstreamLimiter
  nextNonce: () => number
}

const MAX_NONCE = 2 ** 31 - 1

/**
 * Nonces count up from a random start: Tencent refuses a (Timestamp, Nonce) pair it has seen, and two random
 * draws can collide when thousands of calls share one second; a counter cannot within 2^31 calls.
 */
function createNonceSource(start: number): () => number {
  let current = start
  return () => {
    current = current >= MAX_NONCE ? 1 : current + 1
    return current
  }
}

const busy = (error: UpstreamBusyError) => proxyAnswer(PROXY_ERRORS.busy, error.message, 1)

async function attempt(
  context: CallContext,
  request: DescribeImagesRequest,
  signal: AbortSignal,
): Promise<Attempt> {
  const { settings } = context
  const query = buildSignedQuery(request, settings, Math.floor(context.now() / 1000), context.nextNonce())
  const url = `${settings.endpoint.origin}${settings.endpoint.pathname}?${query}`
  try {
    // No redirects: the proxy talks to the configured host only.
    const response = await context.fetch(url, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal,
    })
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
  request: DescribeImagesRequest,
): Promise<UpstreamAnswer> {
  const { timeoutMs } = context.settings
  const signal = AbortSignal.timeout(timeoutMs)
  const deadline = performance.now() + timeoutMs
  let last: Attempt | undefined
  for (let retry = 0; retry <= MAX_RETRIES; retry++) {
    if (last) {
      const backoffMs = Math.round(context.random() * BACKOFF_BASE_MS * 2 ** retry)
      if (performance.now() + backoffMs >= deadline) break
      await context.sleep(backoffMs)
    }
    try {
      await context.limiter.takeToken()
    } catch (error) {
      if (!(error instanceof UpstreamBusyError)) throw error
      return last ? last.answer : busy(error)
    }
    last = await attempt(context, request, signal)
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
    fetch: deps.fetch ?? globalThis.fetch,
    now,
    sleep,
    random: deps.random ?? Math.random,
    limiter,
    nextNonce: createNonceSource(randomInt(1, MAX_NONCE)),
  }
  return {
    async describeImages(request) {
      let release: () => void
      try {
        release = await limiter.acquireSlot()
      } catch (error) {
        if (error instanceof UpstreamBusyError) return busy(error)
        throw error
      }
      try {
        return await callWithRetries(context, request)
      } finally {
        release()
      }
    },
  }
}

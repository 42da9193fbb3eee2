/**
 * One upstream call with its retries: sign a try for the current second and keys, send it with the deadline,
 * read what comes back, and try again (up to MAX_RETRIES, jittered backoff) what may succeed on a second try.
 */
import type { Credentials } from '../config/config.js'
import type { CredentialProvider } from '../credentials/provider.js'
import {
  type Attempt,
  PROXY_ERRORS,
  proxyAnswer,
  type ReplyShape,
  readUpstreamReply,
  type UpstreamAnswer,
} from './answer.js'
import { causeCode, type HttpFetch } from './http-fetch.js'
import { type TakeToken, UpstreamBusyError, withDeadline } from './limits.js'
import type { SignedRequest } from './signed-request.js'
import { keysFor, needsNewKeys, type SignedAttempt } from './signing-keys.js'

const MAX_RETRIES = 2
const BACKOFF_BASE_MS = 200

/** What a call needs of the upstream's settings. */
export interface RetrySettings {
  credentials: CredentialProvider
  timeoutMs: number
}

export interface CallContext {
  settings: RetrySettings
  fetch: HttpFetch
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  random: () => number
}

/** One kind of call: how to sign a try for a given second and keys, and how to read what comes back. */
export interface Call {
  sign: (timestampSeconds: number, credentials: Credentials) => SignedRequest
  shape: ReplyShape
  /** The action's rate gate at its endpoint. */
  takeToken: TakeToken
}

export const busy = (error: UpstreamBusyError) => proxyAnswer(PROXY_ERRORS.busy, error.message, 1)

async function attempt(
  context: CallContext,
  call: Call,
  signal: AbortSignal,
  refused?: SignedAttempt,
): Promise<SignedAttempt> {
  const credentials = await keysFor(context.settings.credentials, refused?.credentials)
  if ('answer' in credentials) return credentials
  // Static keys cannot be refreshed: the refusal stands.
  if (refused && credentials === refused.credentials) return refused
  return { ...(await send(context, call, signal, credentials)), credentials }
}

async function send(
  context: CallContext,
  call: Call,
  signal: AbortSignal,
  credentials: Credentials,
): Promise<Attempt> {
  const { settings } = context
  const { url, ...init } = call.sign(Math.floor(context.now() / 1000), credentials)
  try {
    // No redirects: the proxy talks to the configured host only.
    const response = await context.fetch(url, { ...init, redirect: 'manual', signal })
    return readUpstreamReply(response.status, await response.text(), call.shape)
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
export function callWithRetries(
  context: CallContext,
  call: Call,
  firstTokenWaitMs: number,
): Promise<UpstreamAnswer> {
  const { timeoutMs } = context.settings
  return withDeadline(timeoutMs, async (signal) => {
    const deadline = performance.now() + timeoutMs
    let last: SignedAttempt | undefined
    for (let retry = 0; retry <= MAX_RETRIES; retry++) {
      if (last) {
        const backoffMs = Math.round(context.random() * BACKOFF_BASE_MS * 2 ** retry)
        if (performance.now() + backoffMs >= deadline) break
        await context.sleep(backoffMs)
      }
      try {
        await call.takeToken(last ? undefined : firstTokenWaitMs)
      } catch (error) {
        if (!(error instanceof UpstreamBusyError)) throw error
        return last ? last.answer : busy(error)
      }
      let next = await attempt(context, call, signal)
      if (needsNewKeys(next)) next = await attempt(context, call, signal, next)
      // A retry the deadline cut short says less than the answer it retried: that answer stands.
      if (last && signal.aborted) break
      last = next
      if (!last.retryable) break
    }
    return (last as Attempt).answer
  })
}

/**
 * What an upstream reply means for the browser, as pure functions: the JSON body passes through unchanged
 * with a status derived from its error code's class (core/errors.ts), and anything unusable becomes a proxy
 * error in Tencent's envelope.
 */

import { readEnvelope } from '../../core/envelope.js'
import { type ApiFamily, type ErrorClass, errorClassOf } from '../../core/errors.js'

export type UpstreamAnswer =
  | {
      kind: 'upstream'
      status: number
      /** The upstream's JSON text, byte for byte. */
      body: string
      requestId: string
      errorCode: string | null
      retryAfterSeconds?: number
    }
  | { kind: 'proxy'; status: number; code: string; message: string; retryAfterSeconds?: number }

/** An answer plus whether trying again could help (network errors, 5xx, rate limits, Tencent unavailable). */
export interface Attempt {
  answer: UpstreamAnswer
  retryable: boolean
}

export const PROXY_ERRORS = {
  timeout: { code: 'ProxyError.UpstreamTimeout', status: 504 },
  unavailable: { code: 'ProxyError.UpstreamUnavailable', status: 502 },
  badResponse: { code: 'ProxyError.BadUpstreamResponse', status: 502 },
  busy: { code: 'ProxyError.Busy', status: 503 },
  credentials: { code: 'ProxyError.CredentialsUnavailable', status: 503 },
} as const

export function proxyAnswer(
  error: (typeof PROXY_ERRORS)[keyof typeof PROXY_ERRORS],
  message: string,
  retryAfterSeconds?: number,
): UpstreamAnswer {
  return { kind: 'proxy', status: error.status, code: error.code, message, retryAfterSeconds }
}

/**
 * What each class means for the browser. Client mistakes keep a 400; keys refused is the proxy's problem, a
 * bad gateway; a missing CAM permission is 403, which no retry fixes; throttling and Tencent being unavailable
 * are retried within the deadline, then 429 or 503 with Retry-After; a code nobody knows passes through as 502.
 */
export const POLICY: Readonly<
  Record<ErrorClass, { status: number; retryable: boolean; retryAfterSeconds?: number }>
> = {
  client: { status: 400, retryable: false },
  'keys-refused': { status: 502, retryable: false },
  permission: { status: 403, retryable: false },
  'rate-limit': { status: 429, retryable: true, retryAfterSeconds: 1 },
  unavailable: { status: 503, retryable: true, retryAfterSeconds: 5 },
  unknown: { status: 502, retryable: false },
}

export function statusForErrorCode(code: string, family: ApiFamily): number {
  return POLICY[errorClassOf(code, family)].status
}

/** Which endpoint answered (its codes), and the list a success must carry. */
export interface ReplyShape {
  family: ApiFamily
  listKey: string
  /** What listKey holds: a list (the default) or a number (DescribeImageQuota's ImageNumQuota). */
  kind?: 'list' | 'number'
}

export function readUpstreamReply(httpStatus: number, text: string, shape: ReplyShape): Attempt {
  if (httpStatus >= 500) {
    const answer = proxyAnswer(PROXY_ERRORS.unavailable, `The image API answered HTTP ${httpStatus}.`)
    return { answer, retryable: true }
  }
  const bad = (why: string): Attempt => ({
    answer: proxyAnswer(PROXY_ERRORS.badResponse, `The image API sent an unusable answer: ${why}.`),
    retryable: false,
  })
  if (httpStatus !== 200) return bad(`HTTP ${httpStatus}`)
  const envelope = readEnvelope(text)
  if (!envelope.ok) return bad(envelope.problem)
  const { response, error } = envelope
  const requestId = envelope.requestId ?? ''
  if (error === null) {
    const field = response[shape.listKey]
    const kind = shape.kind ?? 'list'
    if (kind === 'list' ? !Array.isArray(field) : typeof field !== 'number')
      return bad(`no "${shape.listKey}" ${kind}`)
    return {
      answer: { kind: 'upstream', status: 200, body: text, requestId, errorCode: null },
      retryable: false,
    }
  }
  if (error.code === null) return bad('an "Error" without a "Code"')
  const { status, retryable, retryAfterSeconds } = POLICY[errorClassOf(error.code, shape.family)]
  const answer: UpstreamAnswer = { kind: 'upstream', status, body: text, requestId, errorCode: error.code }
  if (retryAfterSeconds !== undefined) answer.retryAfterSeconds = retryAfterSeconds
  return { answer, retryable }
}

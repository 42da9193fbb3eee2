/**
 * What an upstream reply means for the browser, as pure functions: the JSON body passes through unchanged
 * with a status derived from its error code's class (core/errors.ts), and anything unusable becomes a proxy
 * error in Tencent's envelope.
 */
import { type ErrorClass, errorClassOf } from '../../core/errors.js'
import { isRecord, readRequestId } from '../../core/json.js'

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

/** An answer plus whether trying again could help (network errors, 5xx, RequestLimitExceeded). */
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
 * Client mistakes keep a 4xx; throttling is 429; the upstream refusing us (keys, permission) or failing is a
 * bad gateway. Only throttling is worth another try within the same deadline.
 */
const POLICY: Readonly<Record<ErrorClass, { status: number; retryable: boolean }>> = {
  client: { status: 400, retryable: false },
  'rate-limit': { status: 429, retryable: true },
  'keys-refused': { status: 502, retryable: false },
  permission: { status: 502, retryable: false },
  unavailable: { status: 502, retryable: false },
  unknown: { status: 502, retryable: false },
}

export function statusForErrorCode(code: string): number {
  return POLICY[errorClassOf(code)].status
}

export function readUpstreamReply(httpStatus: number, text: string): Attempt {
  if (httpStatus >= 500) {
    const answer = proxyAnswer(PROXY_ERRORS.unavailable, `The image API answered HTTP ${httpStatus}.`)
    return { answer, retryable: true }
  }
  const bad = (why: string): Attempt => ({
    answer: proxyAnswer(PROXY_ERRORS.badResponse, `The image API sent an unusable answer: ${why}.`),
    retryable: false,
  })
  if (httpStatus !== 200) return bad(`HTTP ${httpStatus}`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return bad('not JSON')
  }
  const response = isRecord(parsed) ? parsed.Response : undefined
  if (!isRecord(response)) return bad('no "Response" object')
  const requestId = readRequestId(response) ?? ''
  const error = response.Error
  if (error === undefined) {
    if (!Array.isArray(response.ImageSet)) return bad('no "ImageSet" list')
    return {
      answer: { kind: 'upstream', status: 200, body: text, requestId, errorCode: null },
      retryable: false,
    }
  }
  if (!isRecord(error) || typeof error.Code !== 'string') return bad('an "Error" without a "Code"')
  const { status, retryable } = POLICY[errorClassOf(error.Code)]
  const answer: UpstreamAnswer = {
    kind: 'upstream',
    status,
    body: text,
    requestId,
    errorCode: error.Code,
    retryAfterSeconds: retryable ? 1 : undefined,
  }
  return { answer, retryable }
}

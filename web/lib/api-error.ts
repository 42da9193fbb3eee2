import { isRecord, readRequestId } from '../../core/json'

/** A failed API call in Tencent's terms: code, message and the RequestId to quote in a ticket. */
export class ApiError extends Error {
  readonly code: string
  readonly requestId: string | null
  /** HTTP status; 0 when no answer arrived (network failure, client timeout). */
  readonly status: number
  readonly retryAfterSeconds: number | null

  constructor(init: {
    code: string
    message: string
    requestId?: string | null
    status: number
    retryAfterSeconds?: number | null
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.code = init.code
    this.requestId = init.requestId ?? null
    this.status = init.status
    this.retryAfterSeconds = init.retryAfterSeconds ?? null
  }
}

/** The proxy's keys were refused: retrying cannot help, and it is not the user's doing. */
export function isAuthFailure(error: ApiError): boolean {
  return error.code === 'AuthFailure' || error.code.startsWith('AuthFailure.')
}

/** Rate limits, server faults and timeouts can pass on a second try; validation errors cannot. */
export function canRetry(error: ApiError): boolean {
  if (isAuthFailure(error)) return false
  return error.status === 0 || error.status === 429 || error.status >= 500
}

/** Reads `{"Response":{"Error":{"Code","Message"},"RequestId"}}`; null when the body is not an error envelope. */
export function parseErrorEnvelope(
  body: unknown,
  status: number,
  retryAfter: string | null,
): ApiError | null {
  if (!isRecord(body) || !isRecord(body.Response) || !isRecord(body.Response.Error)) return null
  const { Code, Message } = body.Response.Error
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter)
  return new ApiError({
    code: typeof Code === 'string' && Code !== '' ? Code : 'UnknownError',
    message: typeof Message === 'string' ? Message : '',
    requestId: readRequestId(body.Response),
    status,
    retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : null,
  })
}

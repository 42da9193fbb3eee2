import { readParsedEnvelope } from '../../core/envelope'

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

/** Reads `{"Response":{"Error":{"Code","Message"},"RequestId"}}`; null when the body is not an error envelope. */
export function parseErrorEnvelope(
  body: unknown,
  status: number,
  retryAfter: string | null,
): ApiError | null {
  const envelope = readParsedEnvelope(body)
  if (!envelope.ok || envelope.error === null) return null
  const { code, message } = envelope.error
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter)
  return new ApiError({
    code: code || 'UnknownError',
    message: message ?? '',
    requestId: envelope.requestId,
    status,
    retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : null,
  })
}

// Every query fails with an ApiError: getJson turns whatever went wrong into one.
// https://tanstack.com/query/latest/docs/framework/react/typescript#registering-a-global-error
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}

/**
 * Tencent's answer envelope, the same for every action and both API families:
 * `{"Response": {…, "RequestId"}}` on success, `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` on
 * failure. The one reader of it; what a success carries is the caller's to check.
 */
import { isRecord, readRequestId } from './json.js'

export interface EnvelopeError {
  /** null when the Error has no usable Code. */
  code: string | null
  message: string | null
}

export type Envelope =
  | { ok: false; problem: 'not JSON' | 'no "Response" object' }
  | {
      ok: true
      response: Record<string, unknown>
      requestId: string | null
      /** null on success: the Response has no Error. */
      error: EnvelopeError | null
    }

/** An answer's text as the envelope. */
export function readEnvelope(text: string): Envelope {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'not JSON' }
  }
  return readParsedEnvelope(parsed)
}

/** An answer already parsed (the browser's fetch) as the envelope. */
export function readParsedEnvelope(parsed: unknown): Envelope {
  const response = isRecord(parsed) ? parsed.Response : undefined
  if (!isRecord(response)) return { ok: false, problem: 'no "Response" object' }
  return { ok: true, response, requestId: readRequestId(response), error: readError(response.Error) }
}

function readError(error: unknown): EnvelopeError | null {
  if (error === undefined) return null
  if (!isRecord(error)) return { code: null, message: null }
  return {
    code: typeof error.Code === 'string' ? error.Code : null,
    message: typeof error.Message === 'string' ? error.Message : null,
  }
}

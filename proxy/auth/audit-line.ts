/**
 * The audit trail's lines, built by pure functions: one per API call (who, what, where, which filters and
 * ids, what came back) and one per sign-in, sign-out and refusal. Only what the caller asked and what the
 * answer said: never a header, a cookie, a token or a key.
 */
export type AuditEvent = 'api' | 'sign-in' | 'sign-out' | 'refusal'

export interface AuditLine {
  time: string
  event: AuditEvent
  user: string | null
  /** The client's address (the forwarded one when TRUST_PROXY trusts the hop). */
  client: string
  action?: string
  region?: string
  filters?: Record<string, string[]>
  ids?: string[]
  status?: number
  count?: number
  errorCode?: string
  requestId?: string
  reason?: string
}

export interface QueryFacts {
  region?: string
  filters?: Record<string, string[]>
  ids?: string[]
}

const ID_KEY = /^(?:ImageIds|InstanceIds)\.\d+$/
const FILTER_KEY = /^Filters\.(\d+)\.(Name|Values\.\d+)$/
/** Long lists are cut: the line stays a line. */
const MAX_VALUES = 100
const MAX_VALUE_LENGTH = 200

function cut(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value
}

/** The region, filters (by name) and ids a call's query string asked for. */
export function readQueryFacts(query: string): QueryFacts {
  const ids: string[] = []
  const names = new Map<string, string>()
  const values = new Map<string, string[]>()
  let region: string | undefined
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === 'Region') region = cut(value)
    else if (ID_KEY.test(key) || key === 'ImageId') ids.push(cut(value))
    const filter = FILTER_KEY.exec(key)
    if (!filter?.[1]) continue
    if (filter[2] === 'Name') names.set(filter[1], cut(value))
    else values.set(filter[1], [...(values.get(filter[1]) ?? []), cut(value)])
  }
  const filters: Record<string, string[]> = {}
  for (const [index, name] of names) filters[name] = (values.get(index) ?? []).slice(0, MAX_VALUES)
  return {
    ...(region === undefined ? {} : { region }),
    ...(names.size === 0 ? {} : { filters }),
    ...(ids.length === 0 ? {} : { ids: ids.slice(0, MAX_VALUES) }),
  }
}

export interface AnswerFacts {
  count?: number
  errorCode?: string
  requestId?: string
}

/** Error envelopes are small; a longer body is data, read only for its count. */
const SMALL_BODY = 4096

/**
 * The count, error code and RequestId of an answer, found without parsing a large body: Tencent's answers
 * carry `TotalCount`, errors `Error.Code`, both `RequestId`.
 */
export function readAnswerFacts(payload: unknown): AnswerFacts {
  if (!Buffer.isBuffer(payload)) return typeof payload === 'string' ? findAnswerFacts(payload) : {}
  // A cached answer goes out as the same bytes every time (CachedAnswer.bytes): read once, not per hit.
  let facts = factsOfBytes.get(payload)
  if (!facts) {
    facts = findAnswerFacts(payload)
    factsOfBytes.set(payload, facts)
  }
  return facts
}

/** The facts of each Buffer sent, for as long as it lives: sent bytes are never written to again. */
const factsOfBytes = new WeakMap<Buffer, AnswerFacts>()

function findAnswerFacts(payload: string | Buffer): AnswerFacts {
  const head = payload.length <= SMALL_BODY ? payload.toString() : payload.toString('utf8', 0, SMALL_BODY)
  const tail =
    payload.length <= SMALL_BODY
      ? ''
      : payload.toString('utf8', Math.max(SMALL_BODY, payload.length - SMALL_BODY))
  const text = `${head}\n${tail}`
  const count = /"TotalCount"\s*:\s*(\d+)/.exec(text)?.[1]
  const errorCode = /"Error"\s*:\s*\{\s*"Code"\s*:\s*"([^"\\]{1,100})"/.exec(text)?.[1]
  const requestId = /"RequestId"\s*:\s*"([^"\\]{1,100})"/.exec(text)?.[1]
  return {
    ...(count === undefined ? {} : { count: Number(count) }),
    ...(errorCode === undefined ? {} : { errorCode }),
    ...(requestId === undefined ? {} : { requestId }),
  }
}

export interface ApiCall {
  time: number
  user: string | null
  client: string
  /** The path and query as asked, e.g. `/api/DescribeImages?Region=…`. */
  url: string
  status: number
  payload: unknown
}

export function apiAuditLine(call: ApiCall): AuditLine {
  const mark = call.url.indexOf('?')
  const path = mark === -1 ? call.url : call.url.slice(0, mark)
  const action = cut(path.replace(/^\/api\/?/, '') || '(none)')
  return {
    time: new Date(call.time).toISOString(),
    event: 'api',
    user: call.user,
    client: call.client,
    action,
    ...readQueryFacts(mark === -1 ? '' : call.url.slice(mark + 1)),
    status: call.status,
    ...readAnswerFacts(call.payload),
  }
}

export interface AuthEvent {
  time: number
  event: Exclude<AuditEvent, 'api'>
  user: string | null
  client: string
  reason?: string
}

export function eventAuditLine(event: AuthEvent): AuditLine {
  return {
    time: new Date(event.time).toISOString(),
    event: event.event,
    user: event.user,
    client: event.client,
    ...(event.reason === undefined ? {} : { reason: event.reason }),
  }
}

/**
 * The emulator's API 3.0 authentication (TC3-HMAC-SHA256), in the legacy path's order and with its codes:
 * headers present, Authorization well formed, SecretId known, X-TC-Timestamp inside the window, scope right,
 * signature right, token right. 3.0 has no Nonce. Pure.
 */
import type { RequestError } from '../../core/request/refusal.js'
import {
  hostnameOf,
  parseTc3Authorization,
  type Tc3Authorization,
  tc3Date,
  tc3SignatureMatches,
} from '../../core/signing/tc3.js'
import type { EmulatorCredentials as Credentials } from '../config.js'
import { checkTimestamp, checkToken, fail, SIGNATURE_FAILURE } from './v1.js'

/** The service production signs DescribeImages with; STS calls sign with `sts`. */
const SERVICE = 'cvm'
const REQUIRED_SIGNED = ['content-type', 'host']

export interface Tc3Request {
  method: string
  /** The canonical URI: the path as received. */
  path: string
  /** The raw query string, empty for a POST. */
  query: string
  /** Lower-case names, as node:http gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>
  /** The body exactly as received. */
  payload: Uint8Array
}

type HeaderMap = Tc3Request['headers']

/** One header's text; undefined when absent (or, for a name that may not repeat, repeated). */
export const headerOf = (headers: HeaderMap, name: string): string | undefined => {
  const value = headers[name]
  return typeof value === 'string' ? value : undefined
}

const invalidAuthorization = (detail: string) =>
  fail('AuthFailure.InvalidAuthorization', `The Authorization header is not valid: ${detail}.`)

function readAuthorization(request: Tc3Request, header: string): Tc3Authorization | RequestError {
  const parsed = parseTc3Authorization(header)
  if (!parsed) {
    return invalidAuthorization(
      'expected "TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request, SignedHeaders=…, Signature=…"',
    )
  }
  for (const name of REQUIRED_SIGNED) {
    if (!parsed.signedHeaders.includes(name))
      return invalidAuthorization(`SignedHeaders must include ${name}`)
  }
  const unsent = parsed.signedHeaders.find((name) => headerOf(request.headers, name) === undefined)
  if (unsent !== undefined) return invalidAuthorization(`the signed header ${unsent} was not sent`)
  return parsed
}

/**
 * `cvm` as production signs it, or what the official SDK signs with for a custom endpoint: the text before the
 * endpoint's first dot, port included when there is no dot (`127` for 127.0.0.1:9090).
 */
function serviceAccepted(service: string, host: string, expected: string): boolean {
  return service === expected || service === host.split('.')[0]
}

/** The host is signed without its port, as the official SDK signs it; the other signed headers as sent. */
function signatureMatches(
  request: Tc3Request,
  auth: Tc3Authorization,
  credentials: Credentials,
  timestamp: number,
) {
  const extraHeaders: Record<string, string> = {}
  for (const name of auth.signedHeaders) {
    if (!REQUIRED_SIGNED.includes(name)) extraHeaders[name] = headerOf(request.headers, name) ?? ''
  }
  const input = {
    ...credentials,
    service: auth.service,
    timestamp,
    method: request.method,
    path: request.path,
    query: request.query,
    host: hostnameOf(headerOf(request.headers, 'host') ?? ''),
    contentType: headerOf(request.headers, 'content-type') ?? '',
    extraHeaders,
    payload: request.payload,
  }
  return tc3SignatureMatches(input, auth.signature)
}

/** Null when the call may go on to the business validation; otherwise the error to answer. */
export function authenticateTc3(
  request: Tc3Request,
  credentials: Credentials,
  nowMs: number,
  service = SERVICE,
): RequestError | null {
  const header = headerOf(request.headers, 'authorization')
  const timestamp = headerOf(request.headers, 'x-tc-timestamp')
  if (header === undefined)
    return fail('MissingParameter', 'The request is missing the header "Authorization".')
  if (timestamp === undefined)
    return fail('MissingParameter', 'The request is missing the header "X-TC-Timestamp".')
  const auth = readAuthorization(request, header)
  if ('code' in auth) return auth
  if (auth.secretId !== credentials.secretId)
    return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found.')
  const timestampError = checkTimestamp(timestamp, nowMs, 'X-TC-Timestamp')
  if (timestampError) return timestampError
  if (auth.date !== tc3Date(Number(timestamp))) {
    return fail('AuthFailure.SignatureFailure', 'The credential date must be the UTC date of X-TC-Timestamp.')
  }
  if (!serviceAccepted(auth.service, headerOf(request.headers, 'host') ?? '', service)) {
    return fail('AuthFailure.SignatureFailure', `The credential service must be "${service}".`)
  }
  if (!signatureMatches(request, auth, credentials, Number(timestamp))) return SIGNATURE_FAILURE
  return checkToken(headerOf(request.headers, 'x-tc-token'), credentials.sessionToken, 'X-TC-Token')
}

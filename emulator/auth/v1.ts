/**
 * The legacy endpoint's authentication (signature v1), with its own codes (codes.ts), in the order a real API refuses things: common parameters present, SecretId
 * known, Timestamp inside the window, signature right, Nonce fresh, Token right. Pure apart from the nonce memory.
 */
import type { ParamList } from '../../core/request/params.js'
import { quote, type RequestError } from '../../core/request/refusal.js'
import { buildStringToSign, signaturesEqual, signStringV1 } from '../../core/signing/v1.js'
import type { EmulatorCredentials as Credentials } from '../config.js'
import { AUTH_CODES, type AuthCodes, SIGNATURE_MESSAGE } from './codes.js'

/** Parameters the authentication consumes; the business validation must not call them unknown. */
export const COMMON_PARAMETERS: ReadonlySet<string> = new Set([
  'Timestamp',
  'Nonce',
  'SecretId',
  'Signature',
  'SignatureMethod',
  'Token',
  'RequestClient',
  'Language',
])

const REQUIRED = ['SecretId', 'Signature', 'Timestamp', 'Nonce'] as const
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000

export interface SignedRequest {
  method: string
  /** The Host header exactly as received, port included. */
  host: string
  path: string
  params: ParamList
}

/** Remembers (SecretId, Timestamp, Nonce) for twice the window: long enough that a replay is always caught. */
export class NonceMemory {
  private readonly expiries = new Map<string, number>()

  has(key: string, nowMs: number): boolean {
    this.forgetOlderThan(nowMs)
    return this.expiries.has(key)
  }

  remember(key: string, nowMs: number): void {
    this.expiries.set(key, nowMs + 2 * SIGNATURE_WINDOW_MS)
  }

  /** Insertion order is expiry order, so the sweep stops at the first live entry. */
  private forgetOlderThan(nowMs: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > nowMs) return
      this.expiries.delete(key)
    }
  }
}

export const fail = (code: string, message: string): RequestError => ({ code, message })

export const signatureFailure = (codes: AuthCodes) => fail(codes.signature, SIGNATURE_MESSAGE)

const LEGACY = AUTH_CODES.legacy

function firstDuplicate(params: ParamList): string | undefined {
  const seen = new Set<string>()
  for (const [key] of params) {
    if (seen.has(key)) return key
    seen.add(key)
  }
  return undefined
}

/** The session token, when the emulator has one, must come with the call (`Token`, or `X-TC-Token` in 3.0). */
export function checkToken(
  given: string | undefined,
  expected: string | undefined,
  codes: AuthCodes,
  name = 'Token',
): RequestError | null {
  if (given === expected) return null
  if (given === undefined) return fail(codes.token, `The request is missing the parameter "${name}".`)
  return fail(codes.token, 'The provided Token is invalid or expired.')
}

/** Unix seconds within 5 minutes of the server clock (`Timestamp`, or `X-TC-Timestamp` in 3.0). */
export function checkTimestamp(
  timestamp: string,
  nowMs: number,
  codes: AuthCodes,
  name = 'Timestamp',
): RequestError | null {
  if (!/^[0-9]{1,12}$/.test(timestamp)) {
    return fail('InvalidParameter', `The parameter "${name}" must be Unix seconds, not ${quote(timestamp)}.`)
  }
  if (Math.abs(nowMs - Number(timestamp) * 1000) > SIGNATURE_WINDOW_MS) {
    return fail(codes.expired, `The ${name} is more than 5 minutes away from the server time.`)
  }
  return null
}

/** Null when the request may go on to the business validation; otherwise the error to answer. */
export function authenticate(
  request: SignedRequest,
  credentials: Credentials,
  nonces: NonceMemory,
  nowMs: number,
): RequestError | null {
  const duplicate = firstDuplicate(request.params)
  if (duplicate !== undefined)
    return fail('InvalidParameter', `The parameter ${quote(duplicate)} is given more than once.`)
  const params = new Map(request.params)
  for (const name of REQUIRED) {
    if (!params.get(name)) return fail('MissingParameter', `The request is missing the parameter "${name}".`)
  }
  const secretId = params.get('SecretId') as string
  const timestamp = params.get('Timestamp') as string
  if (secretId !== credentials.secretId) return fail(LEGACY.secretIdNotFound, 'The SecretId is not found.')
  const timestampError = checkTimestamp(timestamp, nowMs, LEGACY)
  if (timestampError) return timestampError
  const stringToSign = buildStringToSign(request.method, request.host, request.path, request.params)
  const expected = signStringV1(credentials.secretKey, stringToSign, params.get('SignatureMethod'))
  if (!signaturesEqual(expected, params.get('Signature') as string)) return signatureFailure(LEGACY)
  const nonceKey = `${secretId}\n${timestamp}\n${params.get('Nonce')}`
  if (nonces.has(nonceKey, nowMs)) {
    return fail('InvalidRequest.ReplayAttack', 'The Nonce was already used with this Timestamp.')
  }
  const tokenError = checkToken(params.get('Token'), credentials.sessionToken, LEGACY)
  if (tokenError) return tokenError
  nonces.remember(nonceKey, nowMs)
  return null
}

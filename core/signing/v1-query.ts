/**
 * A whole signature v1 call as query parameters (https://www.tencentcloud.com/document/api/214/1526): the
 * common parameters, the business ones, and the Signature over all of them, written RFC 3986 style.
 * The proxy's legacy upstream, the emulator's test client and the bench all assemble calls here.
 */
import { ACTION, API_VERSION } from '../describe-images.js'
import { buildStringToSign, type SignatureMethod, signStringV1 } from './v1.js'

export type Param = readonly [string, string]

/** Where the call goes: the Host header value (port included) and path are part of what is signed. */
export interface V1Target {
  method: string
  host: string
  path: string
}

export interface V1Common {
  secretId: string
  /** Unix seconds. */
  timestamp: number
  nonce: number | string
  /** null leaves SignatureMethod out, which the endpoint reads as HmacSHA1. */
  signatureMethod: SignatureMethod | null
  token?: string
  action?: string
  version?: string
}

/** Action, Version, Timestamp, Nonce, SecretId, SignatureMethod and Token (when there is one). */
export function v1CommonParams(common: V1Common): [string, string][] {
  const params: [string, string][] = [
    ['Action', common.action ?? ACTION],
    ['Version', common.version ?? API_VERSION],
    ['Timestamp', String(common.timestamp)],
    ['Nonce', String(common.nonce)],
    ['SecretId', common.secretId],
  ]
  if (common.signatureMethod !== null) params.push(['SignatureMethod', common.signatureMethod])
  if (common.token !== undefined) params.push(['Token', common.token])
  return params
}

/** The parameters with their Signature appended, signed with the method the parameters name. */
export function appendV1Signature(
  params: readonly Param[],
  target: V1Target,
  secretKey: string,
): [string, string][] {
  const method = params.find(([name]) => name === 'SignatureMethod')?.[1]
  const stringToSign = buildStringToSign(target.method, target.host, target.path, params)
  const signature = signStringV1(secretKey, stringToSign, method)
  return [...params.map(([name, value]): [string, string] => [name, value]), ['Signature', signature]]
}

/** The common parameters plus the business ones, signed. */
export function signV1Params(
  business: readonly Param[],
  common: V1Common & { secretKey: string },
  target: V1Target,
): [string, string][] {
  return appendV1Signature([...v1CommonParams(common), ...business], target, common.secretKey)
}

/** RFC 3986 percent-encoding with upper-case hex, as the signature v1 docs require on the wire. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Names and values percent-encoded, joined with `&`: a query string or a form body. */
export function encodeV1Query(params: readonly Param[]): string {
  return params.map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`).join('&')
}

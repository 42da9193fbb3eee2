/**
 * Tencent Cloud API 3.0 signature, TC3-HMAC-SHA256 (https://www.tencentcloud.com/document/product/267/37447).
 * Pure: the proxy signs and the emulator verifies with these same functions, so the two cannot drift apart.
 */
import { createHash, createHmac } from 'node:crypto'
import { signaturesEqual } from './v1.js'

export const TC3_ALGORITHM = 'TC3-HMAC-SHA256'
const TERMINATOR = 'tc3_request'

export interface Tc3Input {
  secretId: string
  secretKey: string
  /** The credential scope's service: `cvm` in production; the official SDK uses the endpoint's first label. */
  service: string
  /** Unix seconds, the X-TC-Timestamp value; the scope date is its UTC date. */
  timestamp: number
  method: string
  /** Canonical URI; `/` for every 3.0 call. */
  path?: string
  /** Canonical query string: empty for POST. */
  query?: string
  /** The signed `host` value. The official SDK signs the hostname without the port (see hostnameOf). */
  host: string
  /** Exactly as sent, charset included. */
  contentType: string
  /** Further headers to sign, by name (any case). */
  extraHeaders?: Readonly<Record<string, string>>
  /** The exact body bytes (a string is taken as UTF-8); empty for GET. */
  payload: string | Uint8Array
}

export interface Tc3Signature {
  /** The whole Authorization header value. */
  authorization: string
  signature: string
  signedHeaders: string
  /** `<date>/<service>/tc3_request` */
  credentialScope: string
  canonicalRequest: string
  stringToSign: string
}

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex')

const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest()

/** `YYYY-MM-DD` in UTC: local dates make calls fail around midnight, as the docs warn. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10)
}

/** The Host header without its port (IPv6 brackets kept), which is what the official SDK signs. */
export function hostnameOf(hostHeader: string): string {
  return hostHeader.replace(/:[0-9]*$/, '')
}

function canonicalHeaders(input: Tc3Input): { lines: string; names: string } {
  const headers = new Map<string, string>([
    ['content-type', input.contentType],
    ['host', input.host],
  ])
  for (const [name, value] of Object.entries(input.extraHeaders ?? {})) headers.set(name.toLowerCase(), value)
  const names = [...headers.keys()].sort()
  const lines = names.map((name) => `${name}:${(headers.get(name) ?? '').trim()}\n`).join('')
  return { lines, names: names.join(';') }
}

export function signTc3(input: Tc3Input): Tc3Signature {
  const { lines, names } = canonicalHeaders(input)
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.path ?? '/',
    input.query ?? '',
    lines,
    names,
    sha256Hex(input.payload),
  ].join('\n')
  const date = tc3Date(input.timestamp)
  const credentialScope = `${date}/${input.service}/${TERMINATOR}`
  const stringToSign = [TC3_ALGORITHM, input.timestamp, credentialScope, sha256Hex(canonicalRequest)].join(
    '\n',
  )
  const signingKey = hmac(hmac(hmac(`TC3${input.secretKey}`, date), input.service), TERMINATOR)
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex')
  const authorization =
    `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` +
    `SignedHeaders=${names}, Signature=${signature}`
  return { authorization, signature, signedHeaders: names, credentialScope, canonicalRequest, stringToSign }
}

export interface Tc3Authorization {
  secretId: string
  date: string
  service: string
  /** Lower-case names in the order given. */
  signedHeaders: string[]
  signature: string
}

const AUTHORIZATION = new RegExp(
  `^${TC3_ALGORITHM} Credential=([^/\\s,]+)/([0-9]{4}-[0-9]{2}-[0-9]{2})/([^/\\s,]+)/${TERMINATOR}, ?` +
    'SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*), ?Signature=([0-9a-f]{64})$',
)

/** Null when the header is not a well-formed TC3-HMAC-SHA256 Authorization value. */
export function parseTc3Authorization(header: string): Tc3Authorization | null {
  const match = AUTHORIZATION.exec(header.trim())
  if (!match) return null
  const [, secretId = '', date = '', service = '', signed = '', signature = ''] = match
  return { secretId, date, service, signedHeaders: signed.split(';'), signature }
}

/** Recomputes the signature for `input` and compares it in constant time. */
export function tc3SignatureMatches(input: Tc3Input, given: string): boolean {
  return signaturesEqual(signTc3(input).signature, given)
}

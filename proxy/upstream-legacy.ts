/**
 * The legacy endpoint's signed request (tencent-api.md §1): every parameter, the common ones included, in the
 * query string of a GET, signed with signature v1.
 */
import { randomInt } from 'node:crypto'
import {
  ACTION,
  API_VERSION,
  type DescribeImagesParamsInput,
  formatDescribeImagesParams,
} from '../core/describe-images.js'
import type { DescribeImagesV3Request } from '../core/describe-images-v3.js'
import type { Credentials } from './config.js'
import { buildStringToSign, type SignatureMethod, signStringV1 } from './signing/v1.js'
import type { SignedRequestBuilder } from './upstream.js'

export interface LegacySigning {
  endpoint: URL
  credentials: Credentials
  signatureMethod: SignatureMethod
}

/** RFC 3986 percent-encoding with upper-case hex, as the signature v1 docs require on the wire. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Every parameter of one call, common ones included, plus its Signature, as a query string. */
export function buildSignedQuery(
  request: DescribeImagesParamsInput,
  signing: LegacySigning,
  timestampSeconds: number,
  nonce: number,
): string {
  const { credentials, endpoint, signatureMethod } = signing
  const params: [string, string][] = [
    ['Action', ACTION],
    ['Version', API_VERSION],
    ...formatDescribeImagesParams(request),
    ['Timestamp', String(timestampSeconds)],
    ['Nonce', String(nonce)],
    ['SecretId', credentials.secretId],
    ['SignatureMethod', signatureMethod],
  ]
  if (credentials.token) params.push(['Token', credentials.token.reveal()])
  const stringToSign = buildStringToSign('GET', endpoint.host, endpoint.pathname, params)
  params.push(['Signature', signStringV1(credentials.secretKey.reveal(), stringToSign, signatureMethod)])
  return params.map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`).join('&')
}

const MAX_NONCE = 2 ** 31 - 1

/**
 * Nonces count up from a random start: Tencent refuses a (Timestamp, Nonce) pair it has seen, and two random
 * draws can collide when thousands of calls share one second; a counter cannot within 2^31 calls.
 */
function createNonceSource(start: number): () => number {
  let current = start
  return () => {
    current = current >= MAX_NONCE ? 1 : current + 1
    return current
  }
}

export function createLegacyRequestBuilder(signing: LegacySigning): SignedRequestBuilder {
  const nextNonce = createNonceSource(randomInt(1, MAX_NONCE))
  const { origin, pathname } = signing.endpoint
  return (request: DescribeImagesV3Request, timestampSeconds: number) => {
    // The legacy route validates with the legacy filter names, so every request it sends is a legacy one.
    const query = buildSignedQuery(request, signing, timestampSeconds, nextNonce())
    return { url: `${origin}${pathname}?${query}`, method: 'GET', headers: { accept: 'application/json' } }
  }
}

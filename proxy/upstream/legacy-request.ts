/**
 * The legacy endpoint's signed request (https://www.tencentcloud.com/document/api/214/1526): every parameter,
 * the common ones included, in the query string of a GET, signed with signature v1.
 */
import { randomInt } from 'node:crypto'
import {
  ACTION,
  type DescribeImagesParamsInput,
  formatDescribeImagesParams,
} from '../../core/describe-images.js'
import type { DescribeImagesV3Request } from '../../core/describe-images-v3.js'
import type { SignatureMethod } from '../../core/signing/v1.js'
import { encodeV1Query, signV1Params } from '../../core/signing/v1-query.js'
import type { Credentials } from '../config/config.js'
import type { SignedRequest, SignedRequestBuilder } from './signed-request.js'

export interface LegacySigning {
  endpoint: URL
  signatureMethod: SignatureMethod
}

/** Every parameter of one call, common ones included, plus its Signature, as a query string. */
export function buildSignedQuery(
  request: DescribeImagesParamsInput,
  signing: LegacySigning & { credentials: Credentials },
  timestampSeconds: number,
  nonce: number,
): string {
  return signLegacyCall(ACTION, formatDescribeImagesParams(request), signing, timestampSeconds, nonce)
}

/** Any action's call: its business parameters plus the common ones, signed for the endpoint, as a query. */
export function signLegacyCall(
  action: string,
  business: readonly [string, string][],
  signing: LegacySigning & { credentials: Credentials },
  timestampSeconds: number,
  nonce: number,
): string {
  const { credentials, endpoint, signatureMethod } = signing
  const common = {
    action,
    secretId: credentials.secretId,
    secretKey: credentials.secretKey.reveal(),
    timestamp: timestampSeconds,
    nonce,
    signatureMethod,
    ...(credentials.token ? { token: credentials.token.reveal() } : {}),
  }
  const target = { method: 'GET', host: endpoint.host, path: endpoint.pathname }
  return encodeV1Query(signV1Params(business, common, target))
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

/** One nonce counter for every legacy call of this process: pairs never repeat whatever the action. */
const sharedNonces = createNonceSource(randomInt(1, MAX_NONCE))

/** Signs any action's call for the endpoint that serves it (DescribeInstances lives on cvm.api.qcloud.com). */
export type LegacyActionSigner = (
  action: string,
  business: readonly [string, string][],
  endpoint: URL,
  timestampSeconds: number,
  credentials: Credentials,
) => SignedRequest

export function createLegacyActionSigner(signatureMethod: SignatureMethod): LegacyActionSigner {
  return (action, business, endpoint, timestampSeconds, credentials) => {
    const signing = { endpoint, signatureMethod, credentials }
    const query = signLegacyCall(action, business, signing, timestampSeconds, sharedNonces())
    const url = `${endpoint.origin}${endpoint.pathname}?${query}`
    return { url, method: 'GET', headers: { accept: 'application/json' } }
  }
}

export function createLegacyRequestBuilder(signing: LegacySigning): SignedRequestBuilder {
  const nextNonce = sharedNonces
  const { origin, pathname } = signing.endpoint
  return (request: DescribeImagesV3Request, timestampSeconds: number, credentials: Credentials) => {
    // The legacy route validates with the legacy filter names, so every request it sends is a legacy one.
    const query = buildSignedQuery(request, { ...signing, credentials }, timestampSeconds, nextNonce())
    return { url: `${origin}${pathname}?${query}`, method: 'GET', headers: { accept: 'application/json' } }
  }
}

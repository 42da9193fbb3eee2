/**
 * How tests call the emulator: the common parameters filled in and signed with the project's own signer, then
 * written as a query string or form body the way Tencent asks (RFC 3986, upper-case hex).
 */
import type { FastifyInstance } from 'fastify'
import type { SignatureMethod } from '../../core/signing/v1.js'
import { appendV1Signature, encodeV1Query, type Param, v1CommonParams } from '../../core/signing/v1-query.js'
import { API_PATH } from '../api/legacy.js'

export interface SignOptions {
  secretId: string
  secretKey: string
  /** The Host header the request will carry, port included. */
  host: string
  method?: 'GET' | 'POST'
  /** Unix seconds. */
  timestamp: number
  nonce: number | string
  /** null leaves SignatureMethod out (HmacSHA1). */
  signatureMethod?: SignatureMethod | null
  token?: string
  action?: string
  version?: string
  /** Common parameters with these names are left out, to test their absence. */
  omit?: readonly string[]
}

export function signedParams(business: readonly Param[], options: SignOptions): [string, string][] {
  const common = v1CommonParams({
    ...options,
    signatureMethod: options.signatureMethod === undefined ? 'HmacSHA256' : options.signatureMethod,
  })
  const params = [...common.filter(([name]) => !options.omit?.includes(name)), ...business]
  const target = { method: options.method ?? 'GET', host: options.host, path: API_PATH }
  const signed = appendV1Signature(params, target, options.secretKey)
  return options.omit?.includes('Signature') ? signed.slice(0, -1) : signed
}

export interface CallOptions extends Partial<SignOptions> {
  /** The Host header actually sent; defaults to the signed host. */
  sendHost?: string
  /** Changes made after signing, to prove the signature covers them. */
  tamper?: (params: [string, string][]) => [string, string][]
  /** Raw query string appended to a POST's URL (which the emulator must ignore). */
  postQuery?: string
  body?: string
  /** Sign for this method while sending with `method`. */
  signAs?: 'GET' | 'POST'
}

export const TEST_HOST = 'emulator.test:9090'

/** One signed DescribeImages call through `app.inject`, defaults filled in. */
export async function injectCall(
  app: FastifyInstance,
  credentials: { secretId: string; secretKey: string },
  business: readonly Param[],
  options: CallOptions & { timestamp: number; nonce: number | string },
) {
  const method = options.method ?? 'GET'
  const host = options.host ?? TEST_HOST
  const signed = signedParams(business, {
    ...credentials,
    ...options,
    host,
    method: options.signAs ?? method,
  })
  const encoded = encodeV1Query(options.tamper ? options.tamper(signed) : signed)
  const headers = { host: options.sendHost ?? host }
  if (method === 'GET') return app.inject({ method, url: `${API_PATH}?${encoded}`, headers })
  return app.inject({
    method,
    url: options.postQuery ? `${API_PATH}?${options.postQuery}` : API_PATH,
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    payload: options.body ?? encoded,
  })
}

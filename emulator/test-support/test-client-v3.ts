/**
 * How tests call the emulator's API 3.0 endpoint: the X-TC-* headers filled in and the call signed with the
 * project's own TC3 signer, the way the official Node SDK sends it
 * (https://github.com/TencentCloud/tencentcloud-sdk-nodejs/blob/master/src/common/sign.ts).
 */
import type { FastifyInstance } from 'fastify'
import { ACTION, API_VERSION } from '../../core/describe-images.js'
import { V3_SERVICE } from '../../core/describe-images-v3.js'
import { DEFAULT_REGION } from '../../core/regions.js'
import { hostnameOf, signTc3 } from '../../core/signing/tc3.js'
import { V3_PATH } from '../api/v3.js'
import { TEST_HOST } from './test-client.js'

export interface V3SignOptions {
  secretId: string
  secretKey: string
  /** Unix seconds. */
  timestamp: number
  /** The Host header sent, port included; the hostname alone is signed, as the SDK signs it. */
  host?: string
  /** Signed instead of the Host header's hostname. */
  signedHost?: string
  service?: string
  contentType?: string
  /** Header values; null leaves the header out. */
  action?: string | null
  version?: string | null
  region?: string | null
  token?: string
  /** Also sign X-TC-Action, so changing it afterwards must fail. */
  signAction?: boolean
}

export function signedV3Headers(body: string, options: V3SignOptions): Record<string, string> {
  const host = options.host ?? TEST_HOST
  const contentType = options.contentType ?? 'application/json'
  const xtc: Record<string, string | null | undefined> = {
    'X-TC-Action': options.action === undefined ? ACTION : options.action,
    'X-TC-Version': options.version === undefined ? API_VERSION : options.version,
    'X-TC-Region': options.region === undefined ? DEFAULT_REGION : options.region,
    'X-TC-Timestamp': String(options.timestamp),
    'X-TC-Token': options.token,
  }
  const headers: Record<string, string> = { host, 'content-type': contentType }
  for (const [name, value] of Object.entries(xtc)) if (typeof value === 'string') headers[name] = value
  const { authorization } = signTc3({
    ...options,
    service: options.service ?? V3_SERVICE,
    method: 'POST',
    host: options.signedHost ?? hostnameOf(host),
    contentType,
    extraHeaders: options.signAction ? { 'X-TC-Action': headers['X-TC-Action'] ?? '' } : {},
    payload: body,
  })
  return { ...headers, authorization }
}

export interface V3CallOptions extends Partial<V3SignOptions> {
  /** Changes made to the headers after signing. */
  tamper?: (headers: Record<string, string>) => Record<string, string>
  /** Sent instead of the signed body. */
  sendBody?: string
}

/** One signed 3.0 DescribeImages call through `app.inject`; `body` is sent as JSON text. */
export function injectV3Call(
  app: FastifyInstance,
  credentials: { secretId: string; secretKey: string },
  body: unknown,
  options: V3CallOptions & { timestamp: number },
) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const headers = signedV3Headers(text, { ...credentials, ...options })
  return app.inject({
    method: 'POST',
    url: V3_PATH,
    headers: options.tamper ? options.tamper(headers) : headers,
    payload: options.sendBody ?? text,
  })
}

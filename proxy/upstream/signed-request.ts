/** What each API's request builder hands the upstream client (legacy-request.ts, v3-request.ts). */
import type { DescribeImagesV3Request } from '../../core/describe-images-v3.js'
import type { Credentials } from '../config/config.js'

/** One try's HTTP request, signed, with nothing left to add but the deadline. */
export interface SignedRequest {
  url: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
}

/** Builds a fresh signed request for each try (new timestamp, the keys current then, for legacy a new Nonce). */
export type SignedRequestBuilder = (
  request: DescribeImagesV3Request,
  timestampSeconds: number,
  credentials: Credentials,
) => SignedRequest

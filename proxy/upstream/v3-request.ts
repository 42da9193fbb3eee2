/**
 * The API 3.0 signed request, as the official SDK sends it
 * (https://github.com/TencentCloud/tencentcloud-sdk-nodejs/blob/master/src/common/abstract_client.ts): a POST of
 * the JSON body to the endpoint, the action, version, region and timestamp in X-TC-* headers, TC3-HMAC-SHA256.
 */
import { ACTION, API_VERSION } from '../../core/describe-images.js'
import { formatDescribeImagesV3Body, V3_SERVICE } from '../../core/describe-images-v3.js'
import { hostnameOf, signTc3 } from '../../core/signing/tc3.js'
import type { Credentials } from '../config/config.js'
import type { SignedRequest, SignedRequestBuilder } from './signed-request.js'

export interface V3Signing {
  endpoint: URL
}

const CONTENT_TYPE = 'application/json'

/** One 3.0 call of any action: its JSON body, signed for the given second. */
export type V3ActionSigner = (
  action: string,
  region: string,
  body: string,
  timestampSeconds: number,
  credentials: Credentials,
) => SignedRequest

/**
 * Always the `cvm` scope, which production needs, even for a local endpoint whose first label is not `cvm`
 * (the SDK would sign `127` there). The host is signed without its port, as the SDK signs it.
 */
export function createV3ActionSigner(signing: V3Signing): V3ActionSigner {
  const { endpoint } = signing
  return (action, region, body, timestampSeconds, credentials) => {
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPE,
      'x-tc-action': action,
      'x-tc-version': API_VERSION,
      'x-tc-region': region,
      'x-tc-timestamp': String(timestampSeconds),
    }
    if (credentials.token) headers['x-tc-token'] = credentials.token.reveal()
    const { authorization } = signTc3({
      secretId: credentials.secretId,
      secretKey: credentials.secretKey.reveal(),
      service: V3_SERVICE,
      timestamp: timestampSeconds,
      method: 'POST',
      path: endpoint.pathname,
      host: hostnameOf(endpoint.host),
      contentType: CONTENT_TYPE,
      payload: body,
    })
    const url = `${endpoint.origin}${endpoint.pathname}`
    return { url, method: 'POST', headers: { ...headers, authorization }, body }
  }
}

export function createV3RequestBuilder(signing: V3Signing): SignedRequestBuilder {
  const sign = createV3ActionSigner(signing)
  return (request, timestampSeconds, credentials) =>
    sign(
      ACTION,
      request.region,
      JSON.stringify(formatDescribeImagesV3Body(request)),
      timestampSeconds,
      credentials,
    )
}

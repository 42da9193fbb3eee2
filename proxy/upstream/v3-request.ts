/**
 * The API 3.0 signed request, as the official SDK sends it
 * (https://github.com/TencentCloud/tencentcloud-sdk-nodejs/blob/master/src/common/abstract_client.ts): a POST of
 * the JSON body to the endpoint, the action, version, region and timestamp in X-TC-* headers, TC3-HMAC-SHA256.
 */
import { ACTION, API_VERSION } from '../../core/describe-images.js'
import { formatDescribeImagesV3Body, V3_SERVICE } from '../../core/describe-images-v3.js'
import { hostnameOf, signTc3 } from '../../core/signing/tc3.js'
import type { Credentials } from '../config/config.js'
import type { SignedRequestBuilder } from './signed-request.js'

export interface V3Signing {
  endpoint: URL
}

const CONTENT_TYPE = 'application/json'

/**
 * Always the `cvm` scope, which production needs, even for a local endpoint whose first label is not `cvm`
 * (the SDK would sign `127` there). The host is signed without its port, as the SDK signs it.
 */
export function createV3RequestBuilder(signing: V3Signing): SignedRequestBuilder {
  const { endpoint } = signing
  return (request, timestampSeconds, credentials: Credentials) => {
    const body = JSON.stringify(formatDescribeImagesV3Body(request))
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPE,
      'x-tc-action': ACTION,
      'x-tc-version': API_VERSION,
      'x-tc-region': request.region,
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

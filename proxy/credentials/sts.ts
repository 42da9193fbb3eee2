/**
 * Temporary keys from STS (https://www.tencentcloud.com/document/api/1150/49456), Version 2018-08-13:
 * `AssumeRole` TC3-signed with the base key, and TKE's `AssumeRoleWithWebIdentity`, which is sent unsigned
 * (`Authorization: SKIP`, as the official SDKs send it) with the pod's OIDC token, read from its file at
 * every refresh because TKE rotates it. Both answer `Response.Credentials` and `Response.ExpiredTime`.
 */
import { readFile } from 'node:fs/promises'
import { readEnvelope } from '../../core/envelope.js'
import { hostnameOf, signTc3 } from '../../core/signing/tc3.js'
import type { CredentialSource, Credentials } from '../config/config.js'
import type { HttpFetch } from '../upstream/http-fetch.js'
import { errorCode } from './metadata.js'
import type { KeySource, TemporaryKeys } from './refresher.js'
import { readKeyFields } from './temporary-keys.js'

const STS_VERSION = '2018-08-13'
const STS_SERVICE = 'sts'
const CONTENT_TYPE = 'application/json'

export interface StsDeps {
  fetch: HttpFetch
  /** Wall clock ms, for X-TC-Timestamp. */
  now: () => number
  timeoutMs: number
}

type AssumeRole = Extract<CredentialSource, { kind: 'assume-role' }>
type WebIdentity = Extract<CredentialSource, { kind: 'oidc' }>

interface StsCall {
  endpoint: URL
  region: string
  action: 'AssumeRole' | 'AssumeRoleWithWebIdentity'
  body: Record<string, unknown>
  /** The base key to sign with; null sends the call unsigned. */
  signer: Credentials | null
}

function signedRequest(call: StsCall, timestamp: number) {
  const body = JSON.stringify(call.body)
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPE,
    'x-tc-action': call.action,
    'x-tc-version': STS_VERSION,
    'x-tc-region': call.region,
    'x-tc-timestamp': String(timestamp),
  }
  const { signer } = call
  if (signer?.token) headers['x-tc-token'] = signer.token.reveal()
  headers.authorization = signer
    ? signTc3({
        secretId: signer.secretId,
        secretKey: signer.secretKey.reveal(),
        service: STS_SERVICE,
        timestamp,
        method: 'POST',
        path: call.endpoint.pathname,
        host: hostnameOf(call.endpoint.host),
        contentType: CONTENT_TYPE,
        payload: body,
      }).authorization
    : 'SKIP'
  return { method: 'POST', headers, body, redirect: 'manual' as const }
}

/** The keys in an STS answer; an Error naming the code (never the body: it holds the keys) otherwise. */
function readStsAnswer(call: StsCall, status: number, text: string): TemporaryKeys {
  const failed = (why: string) => new Error(`STS ${call.action} at ${call.endpoint.host} ${why}`)
  if (status !== 200) throw failed(`answered HTTP ${status}`)
  const envelope = readEnvelope(text)
  if (!envelope.ok) {
    throw failed(envelope.problem === 'not JSON' ? 'sent an answer that is not JSON' : 'sent no "Response"')
  }
  const { response, error } = envelope
  if (error) {
    const code = error.code?.slice(0, 80) ?? 'an error'
    throw failed(`refused: ${code} (RequestId ${envelope.requestId ?? 'none'})`)
  }
  const fields = readKeyFields(response.Credentials, {
    id: 'TmpSecretId',
    key: 'TmpSecretKey',
    token: 'Token',
  })
  if (typeof fields === 'string') throw failed(`sent unusable keys: ${fields}`)
  if (typeof response.ExpiredTime !== 'number') throw failed('sent keys without an ExpiredTime')
  return { credentials: fields, expiresAtMs: response.ExpiredTime * 1000 }
}

async function callSts(call: StsCall, deps: StsDeps): Promise<TemporaryKeys> {
  const init = signedRequest(call, Math.floor(deps.now() / 1000))
  let response: { status: number; text(): Promise<string> }
  let text: string
  try {
    response = await deps.fetch(call.endpoint.href, { ...init, signal: AbortSignal.timeout(deps.timeoutMs) })
    text = await response.text()
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error
    const why =
      (cause as Error).name === 'AbortError'
        ? `did not answer within ${deps.timeoutMs} ms`
        : `could not be reached: ${errorCode(cause)}`
    throw new Error(`STS ${call.action} at ${call.endpoint.host} ${why}`)
  }
  return readStsAnswer(call, response.status, text)
}

export function assumeRoleKeySource(source: AssumeRole, deps: StsDeps): KeySource {
  const call: StsCall = {
    endpoint: source.stsEndpoint,
    region: source.region,
    action: 'AssumeRole',
    body: {
      RoleArn: source.roleArn,
      RoleSessionName: source.sessionName,
      DurationSeconds: source.durationSeconds,
    },
    signer: source.base,
  }
  return { kind: 'assume-role', role: source.roleArn, fetch: () => callSts(call, deps) }
}

export function webIdentityKeySource(source: WebIdentity, deps: StsDeps): KeySource {
  const readToken = async () => {
    try {
      return (await readFile(source.tokenFile, 'utf8')).trim()
    } catch (error) {
      throw new Error(
        `oidc: cannot read TKE_WEB_IDENTITY_TOKEN_FILE ${source.tokenFile}: ${errorCode(error)}`,
      )
    }
  }
  return {
    kind: 'oidc',
    role: source.roleArn,
    async fetch() {
      const body = {
        ProviderId: source.providerId,
        WebIdentityToken: await readToken(),
        RoleArn: source.roleArn,
        RoleSessionName: source.sessionName,
      }
      const call: StsCall = {
        endpoint: source.stsEndpoint,
        region: source.region,
        action: 'AssumeRoleWithWebIdentity',
        body,
        signer: null,
      }
      return callSts(call, deps)
    },
  }
}

/**
 * `POST /sts/`: STS as sts.tencentcloudapi.com answers it (https://www.tencentcloud.com/document/api/1150/49456),
 * Version 2018-08-13. `AssumeRole` must be TC3-signed (service `sts`) with the emulator's configured key pair,
 * the base key; `AssumeRoleWithWebIdentity` is unsigned and must carry the OIDC provider's id and the token now
 * in the emulator's token file. Both hand out keys from the key ring, living the configured TTL at most.
 */
import { readFile } from 'node:fs/promises'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isRecord } from '../../core/json.js'
import type { RequestError } from '../../core/request/refusal.js'
import { sendError } from '../api/reply.js'
import { authenticateTc3, headerOf } from '../auth/tc3.js'
import type { EmulatorCredentials } from '../config.js'
import { type IdentityContext, sendKeys } from './identity.js'

export const STS_PATH = '/sts/'
/** The OIDC provider the emulator plays (TKE_PROVIDER_ID). */
export const OIDC_PROVIDER_ID = 'emulator-oidc'
const STS_VERSION = '2018-08-13'
const ROLE_ARN = /^qcs::cam::uin\/\d+:role(Name)?\/\S+$/
const SESSION_NAME = /^[\w+=,.@-]{2,128}$/

const invalid = (name: string, why: string): RequestError => ({
  code: 'InvalidParameter',
  message: `The parameter "${name}" ${why}.`,
})

/** RoleArn, RoleSessionName and DurationSeconds as AssumeRole's page describes them. */
function readRole(
  body: Record<string, unknown>,
): { roleArn: string; durationSeconds: number } | RequestError {
  const { RoleArn, RoleSessionName, DurationSeconds } = body
  if (typeof RoleArn !== 'string' || !ROLE_ARN.test(RoleArn)) return invalid('RoleArn', 'is not a role ARN')
  if (typeof RoleSessionName !== 'string' || !SESSION_NAME.test(RoleSessionName)) {
    return invalid('RoleSessionName', 'must be 2 to 128 of A-Z a-z 0-9 _+=,.@-')
  }
  const duration = DurationSeconds ?? 7200
  if (!Number.isSafeInteger(duration) || (duration as number) < 1 || (duration as number) > 43_200) {
    return invalid('DurationSeconds', 'must be a whole number of seconds up to 43200')
  }
  return { roleArn: RoleArn, durationSeconds: duration as number }
}

async function checkWebIdentity(body: Record<string, unknown>, tokenFile: string | undefined) {
  if (body.ProviderId !== OIDC_PROVIDER_ID) return invalid('ProviderId', `must be "${OIDC_PROVIDER_ID}"`)
  if (tokenFile === undefined) return invalid('WebIdentityToken', 'cannot be checked: no token file is set')
  const expected = (await readFile(tokenFile, 'utf8').catch(() => '')).trim()
  if (expected === '' || body.WebIdentityToken !== expected) {
    return { code: 'AuthFailure.TokenFailure', message: 'The WebIdentityToken is invalid or expired.' }
  }
  return null
}

function readBody(payload: Buffer): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(payload.toString('utf8'))
    return isRecord(parsed) ? parsed : null
  } catch {
    return null
  }
}

async function answerSts(
  request: FastifyRequest,
  reply: FastifyReply,
  context: IdentityContext,
  base: EmulatorCredentials,
) {
  const payload = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
  const action = headerOf(request.headers, 'x-tc-action')
  if (action !== 'AssumeRole' && action !== 'AssumeRoleWithWebIdentity') {
    return sendError(reply, {
      code: 'InvalidAction',
      message: `STS has no action ${JSON.stringify(action ?? '')}.`,
    })
  }
  if (headerOf(request.headers, 'x-tc-version') !== STS_VERSION) {
    return sendError(reply, { code: 'NoSuchVersion', message: `STS speaks Version ${STS_VERSION}.` })
  }
  if (action === 'AssumeRole') {
    const signed = { method: request.method, path: STS_PATH, query: '', headers: request.headers, payload }
    const authError = authenticateTc3(signed, base, context.now(), 'sts')
    if (authError) return sendError(reply, authError)
  }
  const body = readBody(payload)
  if (!body) return sendError(reply, { code: 'InvalidParameter', message: 'The body must be a JSON object.' })
  const role = readRole(body)
  if ('code' in role) return sendError(reply, role)
  if (action === 'AssumeRoleWithWebIdentity') {
    const identityError = await checkWebIdentity(body, context.webIdentityTokenFile)
    if (identityError) return sendError(reply, identityError)
  }
  const lifetime = Math.min(role.durationSeconds, context.ttlSeconds)
  const key = context.keys.issue(action === 'AssumeRole' ? 'assume-role' : 'oidc', role.roleArn, lifetime)
  return sendKeys(reply, key, 'sts')
}

export function registerSts(app: FastifyInstance, context: IdentityContext, base: EmulatorCredentials): void {
  // The exact bytes are signed, so the body is kept raw whatever its type.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body)
  })
  app.post(STS_PATH, (request, reply) => answerSts(request, reply, context, base))
}

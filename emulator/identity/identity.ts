/**
 * The emulator's identity side: the CVM metadata service (metadata.ts) and STS (sts.ts), handing out temporary
 * keys from one key ring that DescribeImages then accepts until they expire.
 */
import { randomUUID } from 'node:crypto'
import type { FastifyReply } from 'fastify'
import type { IssuedKey, KeyRing } from './key-ring.js'

export interface IdentityContext {
  keys: KeyRing
  /** EMULATOR_CREDENTIAL_TTL_S */
  ttlSeconds: number
  webIdentityTokenFile: string | undefined
  now: () => number
  /** While true the metadata service drops every connection, as when it is down. */
  metadataDown: boolean
}

/** Keys as the metadata service (flat, `Code: Success`) or STS (`Response.Credentials`) answers them. */
export function sendKeys(reply: FastifyReply, key: IssuedKey, shape: 'metadata' | 'sts') {
  const expiredTime = key.expiresAtMs / 1000
  const expiration = new Date(key.expiresAtMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const keys = { TmpSecretId: key.secretId, TmpSecretKey: key.secretKey, Token: key.sessionToken }
  const body =
    shape === 'metadata'
      ? { ...keys, ExpiredTime: expiredTime, Expiration: expiration, Code: 'Success' }
      : {
          Response: {
            Credentials: keys,
            ExpiredTime: expiredTime,
            Expiration: expiration,
            RequestId: randomUUID(),
          },
        }
  return reply.code(200).type('application/json; charset=utf-8').send(body)
}

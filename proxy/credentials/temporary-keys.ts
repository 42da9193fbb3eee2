/** Reading temporary keys off an answer (metadata service or STS), wrapped at once so they cannot be printed. */
import { isRecord } from '../../core/json.js'
import type { Credentials } from '../config/config.js'
import { Secret } from '../config/secret.js'

/** The three fields as Credentials, or a message naming the first one missing. */
export function readKeyFields(
  body: unknown,
  names: { id: string; key: string; token: string },
): Credentials | string {
  if (!isRecord(body)) return 'not an object'
  const [secretId, secretKey, token] = [body[names.id], body[names.key], body[names.token]]
  if (typeof secretId !== 'string' || secretId === '') return `no ${names.id}`
  if (typeof secretKey !== 'string' || secretKey === '') return `no ${names.key}`
  if (typeof token !== 'string' || token === '') return `no ${names.token}`
  return { secretId, secretKey: new Secret(secretKey), token: new Secret(token) }
}

/** Static keys: TENCENTCLOUD_SECRET_ID/KEY (+ SESSION_TOKEN), else the SDKs' credentials file. */

import { type CredentialsFileSources, readCredentialsFile } from './credentials-file.js'
import { ConfigError, type Env, readVariable } from './env-values.js'
import type { Credentials } from './secret.js'
import { Secret } from './secret.js'

/** Both variables or neither; one alone is an error naming the missing one. */
function readKeyPair(env: Env): Credentials | null {
  const [idName, keyName] = ['TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY']
  const secretId = readVariable(env, idName)
  const secretKey = readVariable(env, keyName)
  const token = readVariable(env, 'TENCENTCLOUD_SESSION_TOKEN')
  if (secretId === undefined && secretKey === undefined) {
    if (token !== undefined)
      throw new ConfigError('TENCENTCLOUD_SESSION_TOKEN', `set without ${idName} and ${keyName}`)
    return null
  }
  if (secretId === undefined) throw new ConfigError(idName, `missing while ${keyName} is set`)
  if (secretKey === undefined) throw new ConfigError(keyName, `missing while ${idName} is set`)
  return { secretId, secretKey: new Secret(secretKey), token: token === undefined ? null : new Secret(token) }
}

export function readStaticKeys(
  env: Env,
  inputs: { file: Omit<CredentialsFileSources, 'explicitPath'> },
): { kind: 'env' | 'file'; credentials: Credentials } | null {
  const pair = readKeyPair(env)
  if (pair) return { kind: 'env', credentials: pair }
  const file = readCredentialsFile({
    ...inputs.file,
    explicitPath: readVariable(env, 'TENCENTCLOUD_CREDENTIALS_FILE'),
  })
  if (file.kind === 'invalid') {
    throw new ConfigError('TENCENTCLOUD_CREDENTIALS_FILE', `${file.path}: ${file.message}`)
  }
  return file.kind === 'found' ? { kind: 'file', credentials: file.credentials } : null
}

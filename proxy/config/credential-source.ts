/**
 * Where the proxy's keys come from, parsed from the environment once: the first source configured wins, in
 * the order Tencent's SDKs and tools use (static keys or the credentials file, optionally as the base key of
 * an STS AssumeRole; TKE OIDC; the CVM role), else demo mode. Pure apart from reading the credentials file.
 */
import { isRegionId } from '../../core/regions.js'
import type { CredentialsFileSources } from './credentials-file.js'
import { ConfigError, type Env, readEndpoint, readInteger, readVariable } from './env-values.js'
import type { Credentials } from './secret.js'
import { readStaticKeys } from './static-keys.js'

export const DEFAULT_METADATA_ENDPOINT = 'http://metadata.tencentyun.com'
export const DEFAULT_STS_ENDPOINT = 'https://sts.tencentcloudapi.com/'
export const DEFAULT_ROLE_SESSION_NAME = 'cvm-image-browser'
export const DEFAULT_ROLE_DURATION_S = 7200
/** AssumeRole's longest session (https://www.tencentcloud.com/document/api/1150/49456). */
const MAX_ROLE_DURATION_S = 43_200

/** What /readyz and /api/info call each source. */
export type CredentialSourceKind = 'env' | 'file' | 'assume-role' | 'oidc' | 'cvm-role' | 'demo'

export interface StsRole {
  roleArn: string
  sessionName: string
  /** The region STS is called in (X-TC-Region). */
  region: string
  stsEndpoint: URL
}

export type CredentialSource =
  | { kind: 'env' | 'file' | 'demo'; credentials: Credentials }
  | (StsRole & { kind: 'assume-role'; base: Credentials; durationSeconds: number })
  | (StsRole & { kind: 'oidc'; providerId: string; tokenFile: string })
  /** roleName null: ask the metadata service which role the instance has. */
  | { kind: 'cvm-role'; roleName: string | null; metadataEndpoint: URL }

export interface SourceInputs {
  defaultRegion: string
  file: Omit<CredentialsFileSources, 'explicitPath'>
  fileExists: (file: string) => boolean
}

/**
 * General roles are `qcs::cam::uin/<uin>:roleName/<name>` or `…:role/<id>`; service roles add a path
 * (https://www.tencentcloud.com/document/api/1150/49456).
 */
const ROLE_ARN = /^qcs::cam::uin\/\d+:role(Name)?\/\S+$/
/** 2 to 128 of letters, digits and `_+=,.@-` (same page). */
const SESSION_NAME = /^[\w+=,.@-]{2,128}$/
const ROLE_NAME = /^[\w+=,.@-]{1,128}$/

function readPattern(env: Env, name: string, pattern: RegExp, what: string): string | undefined {
  const value = readVariable(env, name)
  if (value !== undefined && !pattern.test(value)) throw new ConfigError(name, `expected ${what}`)
  return value
}

const readRoleArn = (env: Env, name: string) =>
  readPattern(env, name, ROLE_ARN, 'a role ARN such as qcs::cam::uin/100000000001:roleName/my-role')

function readSessionName(env: Env): string {
  const text = readPattern(
    env,
    'TENCENTCLOUD_ROLE_SESSION_NAME',
    SESSION_NAME,
    '2 to 128 of A-Z a-z 0-9 _+=,.@-',
  )
  return text ?? DEFAULT_ROLE_SESSION_NAME
}

const TKE_VARIABLES = [
  'TKE_REGION',
  'TKE_PROVIDER_ID',
  'TKE_WEB_IDENTITY_TOKEN_FILE',
  'TKE_ROLE_ARN',
] as const

/** All four TKE variables or none; the token file must exist (it is read again at every refresh). */
function readOidc(env: Env, inputs: SourceInputs, stsEndpoint: URL): CredentialSource | null {
  const given = TKE_VARIABLES.filter((name) => readVariable(env, name) !== undefined)
  if (given.length === 0) return null
  const missing = TKE_VARIABLES.find((name) => !given.includes(name))
  if (missing)
    throw new ConfigError(missing, `missing while ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set`)
  const region = readVariable(env, 'TKE_REGION') as string
  if (!isRegionId(region)) throw new ConfigError('TKE_REGION', `unknown region "${region}"`)
  const tokenFile = readVariable(env, 'TKE_WEB_IDENTITY_TOKEN_FILE') as string
  if (!inputs.fileExists(tokenFile))
    throw new ConfigError('TKE_WEB_IDENTITY_TOKEN_FILE', `${tokenFile}: file not found`)
  return {
    kind: 'oidc',
    providerId: readVariable(env, 'TKE_PROVIDER_ID') as string,
    tokenFile,
    roleArn: readRoleArn(env, 'TKE_ROLE_ARN') as string,
    sessionName: readSessionName(env),
    region,
    stsEndpoint,
  }
}

/** `1`/`true` asks the metadata service for the role; any other value names it; `0`/`false` is off. */
function readCvmRole(env: Env): { roleName: string | null } | null {
  const text = readPattern(
    env,
    'TENCENTCLOUD_CVM_ROLE',
    ROLE_NAME,
    '1, or a role name of A-Z a-z 0-9 _+=,.@-',
  )
  if (text === undefined || text === '0' || text.toLowerCase() === 'false') return null
  return { roleName: text === '1' || text.toLowerCase() === 'true' ? null : text }
}

/** Variables that only mean something with another: set alone, they are a mistake worth stopping for. */
function refuseOrphans(env: Env, source: CredentialSource | null): void {
  const roleBased = source?.kind === 'assume-role'
  for (const name of ['TENCENTCLOUD_ROLE_SESSION_NAME', 'TENCENTCLOUD_ROLE_DURATION_S']) {
    const usable = roleBased || (name === 'TENCENTCLOUD_ROLE_SESSION_NAME' && source?.kind === 'oidc')
    if (!usable && readVariable(env, name) !== undefined) {
      throw new ConfigError(
        name,
        'set without TENCENTCLOUD_ROLE_ARN (or, for the session name, TKE_ROLE_ARN)',
      )
    }
  }
  if (
    readVariable(env, 'TENCENTCLOUD_STS_ENDPOINT') !== undefined &&
    source?.kind !== 'assume-role' &&
    source?.kind !== 'oidc'
  ) {
    throw new ConfigError(
      'TENCENTCLOUD_STS_ENDPOINT',
      'set without TENCENTCLOUD_ROLE_ARN or the TKE_* variables',
    )
  }
  if (readVariable(env, 'TENCENTCLOUD_METADATA_ENDPOINT') !== undefined && readCvmRole(env) === null) {
    throw new ConfigError('TENCENTCLOUD_METADATA_ENDPOINT', 'set without TENCENTCLOUD_CVM_ROLE')
  }
}

/** The first configured source, or null for demo mode; throws ConfigError naming the first bad variable. */
export function readCredentialSource(env: Env, inputs: SourceInputs): CredentialSource | null {
  const source = pickSource(env, inputs)
  refuseOrphans(env, source)
  return source
}

function pickSource(env: Env, inputs: SourceInputs): CredentialSource | null {
  const stsEndpoint = readEndpoint(env, 'TENCENTCLOUD_STS_ENDPOINT', DEFAULT_STS_ENDPOINT)
  const metadataEndpoint = readEndpoint(env, 'TENCENTCLOUD_METADATA_ENDPOINT', DEFAULT_METADATA_ENDPOINT)
  const staticKeys = readStaticKeys(env, inputs)
  const roleArn = readRoleArn(env, 'TENCENTCLOUD_ROLE_ARN')
  if (roleArn !== undefined) {
    if (!staticKeys) {
      throw new ConfigError(
        'TENCENTCLOUD_ROLE_ARN',
        'needs a base key: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or a credentials file',
      )
    }
    const durationSeconds = readInteger(
      env,
      'TENCENTCLOUD_ROLE_DURATION_S',
      DEFAULT_ROLE_DURATION_S,
      1,
      MAX_ROLE_DURATION_S,
    )
    const role = { roleArn, sessionName: readSessionName(env), region: inputs.defaultRegion, stsEndpoint }
    return { kind: 'assume-role', base: staticKeys.credentials, durationSeconds, ...role }
  }
  if (staticKeys) return staticKeys
  const oidc = readOidc(env, inputs, stsEndpoint)
  if (oidc) return oidc
  const cvm = readCvmRole(env)
  return cvm ? { kind: 'cvm-role', roleName: cvm.roleName, metadataEndpoint } : null
}

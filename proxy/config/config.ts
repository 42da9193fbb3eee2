/** The environment, parsed once at start into a typed Config; secrets are wrapped so they cannot be printed. */

import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { V3_HOST } from '../../core/describe-images-v3.js'
import { ANSWER_FRESH_MS } from '../../core/freshness.js'
import { DEFAULT_REGION, isWellFormedRegionId } from '../../core/regions.js'
import { TC3_ALGORITHM } from '../../core/signing/tc3.js'
import type { SignatureMethod } from '../../core/signing/v1.js'
import { type AuthSettings, readAuditLog, readAuth } from './auth-settings.js'
import { type CredentialSource, readCredentialSource } from './credential-source.js'
import { readTextIfExists, SYSTEM_CREDENTIALS_PATH } from './credentials-file.js'
import {
  ConfigError,
  type Env,
  readChoice,
  readEndpoint,
  readFlag,
  readInteger,
  readVariable,
} from './env-values.js'
import { Secret } from './secret.js'
import { readSharedSettings, type SharedSettings } from './shared-settings.js'

export type { AuthSettings, OidcSettings } from './auth-settings.js'
export type { CredentialSource, CredentialSourceKind } from './credential-source.js'
export { ConfigError, type Env } from './env-values.js'

export const DEFAULT_ENDPOINT = 'https://image.api.qcloud.com/v2/index.php'
export const DEFAULT_V3_ENDPOINT = `https://${V3_HOST}/`
/** The legacy DescribeInstances endpoint (https://cloud.tencent.com/document/api/213/9388). */
export const DEFAULT_INSTANCE_ENDPOINT = 'https://cvm.api.qcloud.com/v2/index.php'
/** legacy: image.api.qcloud.com with signature v1 (the default); v3: API 3.0 with TC3-HMAC-SHA256. */
export const TENCENTCLOUD_APIS = ['legacy', 'v3'] as const
export type TencentCloudApi = (typeof TENCENTCLOUD_APIS)[number]
/** How calls are signed: the method picks the protocol, since API 3.0 only takes TC3 and legacy only v1. */
export type SigningMethod = SignatureMethod | typeof TC3_ALGORITHM
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
const SIGNATURE_METHODS: readonly SignatureMethod[] = ['HmacSHA256', 'HmacSHA1']

export type { Credentials } from './secret.js'

export interface Config extends SharedSettings {
  /** live: signing with configured keys; demo: no keys, demo.ts starts the emulator and points the proxy at it. */
  mode: 'live' | 'demo'
  /** Null in demo mode until demo.ts fills in the emulator's credentials. */
  credentialSource: CredentialSource | null
  api: TencentCloudApi
  endpoint: URL
  /** INSTANCE_API_ENDPOINT: where the legacy API sends DescribeInstances; API 3.0 sends everything to `endpoint`. */
  instanceEndpoint: URL
  defaultRegion: string
  /** TC3-HMAC-SHA256 with the v3 API, whatever SIGNATURE_METHOD says; the legacy API's v1 method otherwise. */
  signatureMethod: SigningMethod
  upstreamTimeoutMs: number
  cacheTtlMs: number
  upstreamMaxRps: number
  upstreamMaxConcurrent: number
  /** Longest a call may wait for an upstream slot or token before it gets a quick 503. */
  upstreamQueueWaitMs: number
  rateLimitPerMinute: number
  maxQueryLength: number
  host: string
  port: number
  logLevel: (typeof LOG_LEVELS)[number]
  basicAuth: { user: string; password: Secret } | null
  /** AUTH: who may use the proxy, and how they prove it. */
  auth: AuthSettings
  /** AUDIT_LOG: a file the audit lines are appended to, besides the request log. */
  auditLog: string | null
  staticRoot: string | null
  /**
   * The server render of page URLs (dist-ssr/, built from web/entry-server.tsx), unless SSR=0; the page
   * waits up to `deadlineMs` (SSR_DATA_DEADLINE_MS) for its rows before the static shell goes out instead.
   */
  render: { module: string; deadlineMs: number } | null
  version: string
}

export interface ConfigSources {
  homeDir: string
  systemCredentialsPath: string
  projectRoot: string
}

export function defaultSources(): ConfigSources {
  return {
    homeDir: homedir(),
    systemCredentialsPath: SYSTEM_CREDENTIALS_PATH,
    projectRoot: findProjectRoot(),
  }
}

/** Parses the whole configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env, sources: ConfigSources = defaultSources()): Config {
  const defaultRegion = readRegion(env)
  const credentialSource = readCredentialSource(env, {
    defaultRegion,
    file: { homeDir: sources.homeDir, systemPath: sources.systemCredentialsPath, readText: readTextIfExists },
    fileExists: existsSync,
  })
  const host = readVariable(env, 'HOST') ?? '127.0.0.1'
  const basicAuth = readBasicAuth(env)
  const allowUnauthenticated = readFlag(env, 'ALLOW_UNAUTHENTICATED')
  const shared = readSharedSettings(env)
  const auth = readAuth(env, {
    host,
    hasBasicAuth: basicAuth !== null,
    allowUnauthenticated,
    trustProxy: shared.trustProxy,
  })
  const upstreamTimeoutMs = readInteger(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 1, 300_000)
  const api = readChoice(env, 'TENCENTCLOUD_API', TENCENTCLOUD_APIS, 'legacy')
  // Read in both modes, so a typo is caught before someone switches back to legacy.
  const signatureMethod = readChoice(env, 'SIGNATURE_METHOD', SIGNATURE_METHODS, 'HmacSHA256')
  return {
    mode: credentialSource ? 'live' : 'demo',
    credentialSource,
    api,
    endpoint: readEndpoint(env, 'IMAGE_API_ENDPOINT', api === 'v3' ? DEFAULT_V3_ENDPOINT : DEFAULT_ENDPOINT),
    instanceEndpoint: readEndpoint(env, 'INSTANCE_API_ENDPOINT', DEFAULT_INSTANCE_ENDPOINT),
    defaultRegion,
    signatureMethod: api === 'v3' ? TC3_ALGORITHM : signatureMethod,
    upstreamTimeoutMs,
    cacheTtlMs: readInteger(env, 'CACHE_TTL_MS', ANSWER_FRESH_MS, 0, 86_400_000),
    upstreamMaxRps: readInteger(env, 'UPSTREAM_MAX_RPS', 25, 0, 10_000),
    upstreamMaxConcurrent: readInteger(env, 'UPSTREAM_MAX_CONCURRENT', 8, 0, 10_000),
    upstreamQueueWaitMs: Math.min(2_000, upstreamTimeoutMs),
    rateLimitPerMinute: readInteger(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    maxQueryLength: 8 * 1024,
    host,
    port: readInteger(env, 'PORT', 8080, 0, 65_535),
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    // BASIC_AUTH is checked even when another mode is chosen, but only AUTH=basic uses it.
    basicAuth: auth.mode === 'basic' ? basicAuth : null,
    auth,
    auditLog: readAuditLog(env),
    staticRoot: readVariable(env, 'SERVE_STATIC') === '0' ? null : path.join(sources.projectRoot, 'dist'),
    render: readRender(env, sources.projectRoot),
    version: readPackageVersion(sources.projectRoot),
    ...shared,
  }
}

function readRender(env: Env, projectRoot: string): Config['render'] {
  const deadlineMs = readInteger(env, 'SSR_DATA_DEADLINE_MS', 200, 0, 60_000)
  const on = readVariable(env, 'SSR') === undefined || readFlag(env, 'SSR')
  return on ? { module: path.join(projectRoot, 'dist-ssr', 'entry-server.js'), deadlineMs } : null
}

function readRegion(env: Env): string {
  const region = readVariable(env, 'TENCENTCLOUD_REGION') ?? DEFAULT_REGION
  if (!isWellFormedRegionId(region)) {
    throw new ConfigError('TENCENTCLOUD_REGION', `expected a region id like "ap-guangzhou", got "${region}"`)
  }
  return region
}

function readBasicAuth(env: Env): Config['basicAuth'] {
  const text = readVariable(env, 'BASIC_AUTH')
  if (text === undefined) return null
  const colon = text.indexOf(':')
  if (colon < 1 || colon === text.length - 1) {
    throw new ConfigError('BASIC_AUTH', 'expected user:password with both parts non-empty')
  }
  return { user: text.slice(0, colon), password: new Secret(text.slice(colon + 1)) }
}

/** The folder holding package.json, found from this file whether it runs compiled or from source. */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
}

function readPackageVersion(projectRoot: string): string {
  const text = readTextIfExists(path.join(projectRoot, 'package.json'))
  const version = text === null ? undefined : (JSON.parse(text) as { version?: unknown }).version
  return typeof version === 'string' ? version : '0.0.0'
}

/**
 * Who may use the proxy: AUTH (none, basic, oidc, header) and the settings of each mode, and AUDIT_LOG. Pure
 * readers; config.ts puts them into the Config. A setting that cannot work stops the start, naming its variable.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, type Env, isLoopbackHost, readChoice, readInteger, readVariable } from './env-values.js'
import { Secret } from './secret.js'
import type { TrustProxy } from './shared-settings.js'

export const AUTH_MODES = ['none', 'basic', 'oidc', 'header'] as const
export type AuthMode = (typeof AUTH_MODES)[number]

export interface OidcSettings {
  issuer: URL
  clientId: string
  /** Null for a public client, which proves itself with PKCE alone. */
  clientSecret: Secret | null
  /** The address users open; the redirect URI is `PUBLIC_URL/auth/callback`. */
  publicUrl: URL
  scopes: string
  /** Lower-case domains; empty means the domain is not checked. */
  allowedDomains: string[]
  /** Values of the `groups` claim; empty means groups are not checked. */
  allowedGroups: string[]
  session: { secret: Secret; ttlS: number }
}

export type AuthSettings =
  | { mode: 'none' }
  | { mode: 'basic' }
  | { mode: 'header'; userHeader: string; trusted: string[] }
  | { mode: 'oidc'; oidc: OidcSettings }

export const DEFAULT_SCOPES = 'openid email profile'
export const DEFAULT_SESSION_TTL_S = 8 * 3600
/** 32 characters: a secret shorter than that is too easy to guess for signing every session cookie. */
export const MIN_SESSION_SECRET_LENGTH = 32
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/

function required(env: Env, name: string, why: string): string {
  const value = readVariable(env, name)
  if (value === undefined) throw new ConfigError(name, `required with AUTH=${why}`)
  return value
}

function readUrl(env: Env, name: string, why: string): URL {
  const text = required(env, name, why)
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ConfigError(name, `not a URL: "${text}"`)
  }
  const plainHttpOk = url.protocol === 'http:' && isLoopbackHost(url.hostname.replace(/^\[|\]$/g, ''))
  if (url.protocol !== 'https:' && !plainHttpOk) {
    throw new ConfigError(name, `expected an https:// URL (http:// only on loopback), got "${text}"`)
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError(name, 'must not carry a query, a fragment or user info')
  }
  return url
}

function readList(env: Env, name: string): string[] {
  const text = readVariable(env, name)
  return text === undefined
    ? []
    : text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
}

function readOidc(env: Env): OidcSettings {
  const issuer = readUrl(env, 'OIDC_ISSUER', 'oidc')
  const clientId = required(env, 'OIDC_CLIENT_ID', 'oidc')
  const clientSecret = readVariable(env, 'OIDC_CLIENT_SECRET')
  const publicUrl = readUrl(env, 'PUBLIC_URL', 'oidc')
  if (publicUrl.pathname !== '/') throw new ConfigError('PUBLIC_URL', 'expected an origin, with no path')
  const scopes = readVariable(env, 'OIDC_SCOPES') ?? DEFAULT_SCOPES
  if (!scopes.split(/\s+/).includes('openid')) throw new ConfigError('OIDC_SCOPES', 'must include openid')
  const allowedDomains = readList(env, 'OIDC_ALLOWED_EMAIL_DOMAINS').map((domain) => domain.toLowerCase())
  const allowedGroups = readList(env, 'OIDC_ALLOWED_GROUPS')
  if (allowedDomains.length === 0 && allowedGroups.length === 0) {
    throw new ConfigError(
      'OIDC_ALLOWED_EMAIL_DOMAINS',
      'set it or OIDC_ALLOWED_GROUPS (or both): who may sign in',
    )
  }
  const secret = required(env, 'SESSION_SECRET', 'oidc')
  if (secret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new ConfigError('SESSION_SECRET', `expected at least ${MIN_SESSION_SECRET_LENGTH} characters`)
  }
  const ttlS = readInteger(env, 'SESSION_TTL_S', DEFAULT_SESSION_TTL_S, 60, 30 * 86_400)
  return {
    issuer,
    clientId,
    clientSecret: clientSecret === undefined ? null : new Secret(clientSecret),
    publicUrl,
    scopes,
    allowedDomains,
    allowedGroups,
    session: { secret: new Secret(secret), ttlS },
  }
}

function readHeader(env: Env, trustProxy: TrustProxy): AuthSettings {
  const userHeader = required(env, 'AUTH_USER_HEADER', 'header')
  if (!HEADER_NAME.test(userHeader)) {
    throw new ConfigError('AUTH_USER_HEADER', `not a header name: "${userHeader}"`)
  }
  if (!Array.isArray(trustProxy)) {
    throw new ConfigError(
      'TRUST_PROXY',
      'AUTH=header needs the addresses of the auth proxy (not a hop count)',
    )
  }
  return { mode: 'header', userHeader: userHeader.toLowerCase(), trusted: trustProxy }
}

export interface AuthContext {
  host: string
  hasBasicAuth: boolean
  allowUnauthenticated: boolean
  trustProxy: TrustProxy
}

/** AUTH unset keeps the old rule: basic when BASIC_AUTH is set, none otherwise (loopback only). */
export function readAuth(env: Env, context: AuthContext): AuthSettings {
  const explicit = readVariable(env, 'AUTH') !== undefined
  const mode = readChoice(env, 'AUTH', AUTH_MODES, context.hasBasicAuth ? 'basic' : 'none')
  switch (mode) {
    case 'basic':
      if (!context.hasBasicAuth) throw new ConfigError('BASIC_AUTH', 'required with AUTH=basic')
      return { mode }
    case 'oidc':
      return { mode, oidc: readOidc(env) }
    case 'header':
      return readHeader(env, context.trustProxy)
    default:
      if (!isLoopbackHost(context.host) && !context.allowUnauthenticated) {
        throw new ConfigError(
          explicit ? 'AUTH' : 'BASIC_AUTH',
          `required when HOST (${context.host}) is not loopback; or set ALLOW_UNAUTHENTICATED=1`,
        )
      }
      return { mode: 'none' }
  }
}

/** AUDIT_LOG: a file to append audit lines to, in a folder that exists. */
export function readAuditLog(env: Env): string | null {
  const file = readVariable(env, 'AUDIT_LOG')
  if (file === undefined) return null
  if (!existsSync(path.dirname(path.resolve(file)))) {
    throw new ConfigError('AUDIT_LOG', `the folder of "${file}" does not exist`)
  }
  return path.resolve(file)
}

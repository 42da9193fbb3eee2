import { describe, expect, it } from 'vitest'
import { type AuthContext, readAuditLog, readAuth } from './auth-settings.js'
import { ConfigError, type Env } from './env-values.js'

const LOOPBACK: AuthContext = {
  host: '127.0.0.1',
  hasBasicAuth: false,
  allowUnauthenticated: false,
  trustProxy: false,
}
const OIDC: Env = {
  AUTH: 'oidc',
  OIDC_ISSUER: 'https://sso.example.com/realms/ops',
  OIDC_CLIENT_ID: 'cvm-image-browser',
  OIDC_CLIENT_SECRET: 'client-secret',
  PUBLIC_URL: 'https://images.example.com',
  OIDC_ALLOWED_EMAIL_DOMAINS: 'Example.com, example.org',
  SESSION_SECRET: 's'.repeat(32),
}
const HEADER: Env = { AUTH: 'header', AUTH_USER_HEADER: 'X-Forwarded-Email' }

function refused(env: Env, context: AuthContext = LOOPBACK): string {
  try {
    readAuth(env, context)
  } catch (error) {
    if (error instanceof ConfigError) return error.variable
    throw error
  }
  return 'nothing refused'
}

describe('readAuth', () => {
  it.each<[string, Env, AuthContext, string]>([
    ['AUTH unset on loopback', {}, LOOPBACK, 'none'],
    ['AUTH unset with BASIC_AUTH', {}, { ...LOOPBACK, hasBasicAuth: true }, 'basic'],
    [
      'AUTH=none off loopback when allowed',
      { AUTH: 'none' },
      { ...LOOPBACK, host: '0.0.0.0', allowUnauthenticated: true },
      'none',
    ],
    ['AUTH=basic with BASIC_AUTH', { AUTH: 'basic' }, { ...LOOPBACK, hasBasicAuth: true }, 'basic'],
    ['AUTH=oidc', OIDC, LOOPBACK, 'oidc'],
    ['AUTH=header behind listed proxies', HEADER, { ...LOOPBACK, trustProxy: ['10.0.0.5'] }, 'header'],
  ])('reads %s', (_what, env, context, mode) => {
    expect(readAuth(env, context).mode).toBe(mode)
  })

  it('reads the OpenID settings with their defaults', () => {
    const auth = readAuth(OIDC, LOOPBACK)
    if (auth.mode !== 'oidc') throw new Error('expected oidc')
    expect(auth.oidc).toMatchObject({
      clientId: 'cvm-image-browser',
      scopes: 'openid email profile',
      allowedDomains: ['example.com', 'example.org'],
      allowedGroups: [],
      session: { ttlS: 28_800 },
    })
    expect(String(auth.oidc.session.secret)).toBe('[redacted]')
    expect(JSON.stringify(auth)).not.toContain('client-secret')
  })

  it.each<[string, Env, AuthContext, string]>([
    ['an unknown mode', { AUTH: 'saml' }, LOOPBACK, 'AUTH'],
    ['AUTH=none off loopback', { AUTH: 'none' }, { ...LOOPBACK, host: '0.0.0.0' }, 'AUTH'],
    ['AUTH unset off loopback', {}, { ...LOOPBACK, host: '0.0.0.0' }, 'BASIC_AUTH'],
    ['AUTH=basic without BASIC_AUTH', { AUTH: 'basic' }, LOOPBACK, 'BASIC_AUTH'],
    ['no issuer', { ...OIDC, OIDC_ISSUER: '' }, LOOPBACK, 'OIDC_ISSUER'],
    ['an issuer that is not a URL', { ...OIDC, OIDC_ISSUER: 'sso.example.com' }, LOOPBACK, 'OIDC_ISSUER'],
    [
      'a plain-http issuer off loopback',
      { ...OIDC, OIDC_ISSUER: 'http://sso.example.com' },
      LOOPBACK,
      'OIDC_ISSUER',
    ],
    ['no client id', { ...OIDC, OIDC_CLIENT_ID: ' ' }, LOOPBACK, 'OIDC_CLIENT_ID'],
    ['no public URL', { ...OIDC, PUBLIC_URL: '' }, LOOPBACK, 'PUBLIC_URL'],
    [
      'a public URL with a path',
      { ...OIDC, PUBLIC_URL: 'https://images.example.com/app' },
      LOOPBACK,
      'PUBLIC_URL',
    ],
    ['scopes without openid', { ...OIDC, OIDC_SCOPES: 'email profile' }, LOOPBACK, 'OIDC_SCOPES'],
    [
      'nobody allowed in',
      { ...OIDC, OIDC_ALLOWED_EMAIL_DOMAINS: '' },
      LOOPBACK,
      'OIDC_ALLOWED_EMAIL_DOMAINS',
    ],
    ['no session secret', { ...OIDC, SESSION_SECRET: '' }, LOOPBACK, 'SESSION_SECRET'],
    ['a short session secret', { ...OIDC, SESSION_SECRET: 'short' }, LOOPBACK, 'SESSION_SECRET'],
    ['a session TTL under a minute', { ...OIDC, SESSION_TTL_S: '5' }, LOOPBACK, 'SESSION_TTL_S'],
    ['no user header', { AUTH: 'header' }, { ...LOOPBACK, trustProxy: ['10.0.0.5'] }, 'AUTH_USER_HEADER'],
    [
      'a user header that is no header name',
      { ...HEADER, AUTH_USER_HEADER: 'X Email' },
      { ...LOOPBACK, trustProxy: ['10.0.0.5'] },
      'AUTH_USER_HEADER',
    ],
    ['AUTH=header trusting nobody', HEADER, LOOPBACK, 'TRUST_PROXY'],
    ['AUTH=header trusting a hop count', HEADER, { ...LOOPBACK, trustProxy: () => true }, 'TRUST_PROXY'],
  ])('refuses %s, naming the variable', (_what, env, context, variable) => {
    expect(refused(env, context)).toBe(variable)
  })

  it('accepts allowed groups alone, a public client and http on loopback', () => {
    const env = {
      ...OIDC,
      OIDC_ALLOWED_EMAIL_DOMAINS: '',
      OIDC_ALLOWED_GROUPS: 'ops, sre',
      OIDC_CLIENT_SECRET: '',
    }
    const auth = readAuth(
      { ...env, OIDC_ISSUER: 'http://127.0.0.1:9000', PUBLIC_URL: 'http://localhost:8080' },
      LOOPBACK,
    )
    expect(auth).toMatchObject({ mode: 'oidc', oidc: { allowedGroups: ['ops', 'sre'], clientSecret: null } })
  })
})

describe('readAuditLog', () => {
  it('is off unless set, and refuses a file in a folder that does not exist', () => {
    expect(readAuditLog({})).toBeNull()
    expect(readAuditLog({ AUDIT_LOG: '/tmp/audit.log' })).toBe('/tmp/audit.log')
    expect(() => readAuditLog({ AUDIT_LOG: '/no/such/folder/audit.log' })).toThrow(/AUDIT_LOG/)
  })
})

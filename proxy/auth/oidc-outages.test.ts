/**
 * AUTH=oidc when things go wrong or grow: the provider unreachable (a 503 page, the process healthy, the
 * signed-in keep working), a session past its time, replicas sharing sessions through Redis, and no secret,
 * cookie, code, state or token in any log line or audit line of a whole sign-in.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OidcApp, SESSION_SECRET, startOidcApp } from '../test-support/oidc-app.js'
import { freePort, type RedisServer, startRedisServer } from '../test-support/redis-server.js'
import { SignInBrowser } from '../test-support/sign-in-browser.js'

const CALL = '/api/DescribeImages?Region=ap-guangzhou'
const JSON_ACCEPT = { headers: { accept: 'application/json' } }
const running: OidcApp[] = []
let redis: RedisServer

async function start(options: Parameters<typeof startOidcApp>[0] = {}) {
  const app = await startOidcApp(options)
  running.push(app)
  return app
}

beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  for (const app of running.reverse()) await app.close()
  await redis?.stop()
})

describe('the identity provider unreachable', () => {
  it('answers sign-in with a 503 page while the process stays healthy', async () => {
    const subject = await start({ env: { OIDC_ISSUER: `http://127.0.0.1:${await freePort()}` } })
    const browser = new SignInBrowser()
    const page = await browser.follow(`${subject.url}/`)
    expect(page.status).toBe(503)
    expect(page.body).toContain('Sign-in is unavailable')
    expect((await browser.request(`${subject.url}/healthz`)).status).toBe(200)
    await expect
      .poll(() => subject.auditLines())
      .toContainEqual(expect.objectContaining({ event: 'refusal', reason: 'idp-unavailable' }))
  })

  it('answers a client the provider does not accept (a wrong secret) with the 503 page, naming why in the log', async () => {
    const subject = await start({ env: { OIDC_CLIENT_SECRET: 'not-the-secret-the-provider-knows' } })
    const page = await new SignInBrowser().signIn(subject.url, 'alice@example.com')
    expect(page.status).toBe(503)
    expect(page.body).toContain('Sign-in is unavailable')
    expect(subject.logs.join('\n')).toContain('"reason":"invalid_client"')
  })

  it('lets users already signed in keep working, and sign out', async () => {
    const subject = await start()
    const browser = new SignInBrowser()
    await browser.signIn(subject.url, 'alice@example.com')
    await subject.idp.close()
    expect((await browser.request(`${subject.url}${CALL}`, JSON_ACCEPT)).status).toBe(200)
    expect((await browser.request(`${subject.url}/healthz`)).status).toBe(200)
    const out = await browser.request(`${subject.url}/auth/logout`, { method: 'POST' })
    expect(out.status).toBe(303)
    expect((await browser.request(`${subject.url}${CALL}`, JSON_ACCEPT)).status).toBe(401)
  })
})

describe('a session past SESSION_TTL_S', () => {
  it('ends: the API answers 401 and asks to sign in again', async () => {
    let clock = Date.now()
    const subject = await start({ env: { SESSION_TTL_S: '60' }, deps: { now: () => clock } })
    const browser = new SignInBrowser()
    await browser.signIn(subject.url, 'alice@example.com')
    expect((await browser.request(`${subject.url}${CALL}`, JSON_ACCEPT)).status).toBe(200)
    clock += 61_000
    const late = await browser.request(`${subject.url}${CALL}`, JSON_ACCEPT)
    expect(late.status).toBe(401)
    expect(JSON.parse(late.body).Response.Error.Message).toContain('sign in again')
  })
})

describe('replicas with REDIS_URL', () => {
  it('share sessions: one signs in, another knows the session; without Redis it would not', async () => {
    const first = await start({ env: { REDIS_URL: redis.url, REDIS_PREFIX: 'auth-test:' } })
    const share = { idp: first.idp, port: Number(new URL(first.url).port) }
    const second = await start({ env: { REDIS_URL: redis.url, REDIS_PREFIX: 'auth-test:' }, share })
    const alone = await start({ share })
    const browser = new SignInBrowser()
    await browser.signIn(first.url, 'alice@example.com')
    const cookie = `cvm-session=${browser.cookies(first.url).get('cvm-session')}`
    const ask = (app: OidcApp) =>
      app.app.inject({ url: '/api/info', headers: { cookie, accept: 'application/json' } })
    const shared = await ask(second)
    expect(shared.statusCode).toBe(200)
    expect(shared.json().user).toBe('alice@example.com')
    expect((await ask(alone)).statusCode).toBe(401)
  })
})

describe('secrets', () => {
  it('never appear in a log line or the audit file during a whole sign-in, call and sign-out', async () => {
    const subject = await start({ env: { LOG_LEVEL: 'trace' } })
    const browser = new SignInBrowser()
    await browser.signIn(subject.url, 'alice@example.com')
    const session = browser.cookies(subject.url).get('cvm-session') ?? ''
    await browser.request(`${subject.url}${CALL}`, JSON_ACCEPT)
    await browser.request(`${subject.url}/auth/callback?code=forged&state=forged`)
    await browser.request(`${subject.url}/auth/logout`, { method: 'POST' })
    const signInCookie = browser.setCookies.find((line) => /^cvm-sign-in=[^;]/.test(line))?.split(';')[0]
    const authorize = new URL(browser.hops.find((hop) => hop.url.includes('code_challenge='))?.url ?? '')
    const callback = new URL(browser.hops.find((hop) => hop.url.includes('/auth/callback?code='))?.url ?? '')
    const secrets = [
      SESSION_SECRET,
      subject.idp.clientSecret,
      session,
      decodeURIComponent(session).split('.')[0] ?? '',
      signInCookie?.split('=')[1] ?? '',
      authorize.searchParams.get('nonce') ?? '',
      authorize.searchParams.get('code_challenge') ?? '',
      callback.searchParams.get('code') ?? '',
      callback.searchParams.get('state') ?? '',
    ]
    expect(secrets.every((secret) => secret.length >= 16)).toBe(true)
    // The file is appended to as the lines come: wait for the last one.
    await expect.poll(() => subject.auditLines().map((line) => line.event)).toContain('sign-out')
    const written = [...subject.logs, readFileSync(subject.auditFile, 'utf8')].join('\n')
    expect(written).toContain('"event":"sign-in"')
    expect(written).toContain('"event":"sign-out"')
    for (const secret of secrets) expect(written).not.toContain(secret)
    // No JWT (ID or access token) and no cookie header, whatever its value.
    expect(written).not.toMatch(/eyJ[\w-]+\.eyJ/)
    expect(written.toLowerCase()).not.toContain('cookie')
    const pages = browser.received.join('\n')
    expect(pages).not.toContain(SESSION_SECRET)
    expect(pages).not.toContain(subject.idp.clientSecret)
    // Not even the provider's sign-out address carries a token.
    expect(pages).not.toMatch(/eyJ[\w-]+\.eyJ/)
  })
})

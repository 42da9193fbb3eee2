/**
 * AUTH=oidc against a real OpenID provider (oidc-provider), over real HTTP: the whole sign-in through its
 * login and consent pages, the session, sign-out, and every refusal the issue lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OidcApp, startOidcApp } from '../test-support/oidc-app.js'
import { SignInBrowser } from '../test-support/sign-in-browser.js'

let subject: OidcApp

beforeAll(async () => {
  subject = await startOidcApp({
    env: { OIDC_ALLOWED_GROUPS: 'ops' },
    groupsOf: (login) => (login.startsWith('dev') ? ['dev'] : ['ops']),
  })
})
afterAll(() => subject?.close())

function api(browser: SignInBrowser, path = '/api/DescribeImages?Region=ap-guangzhou') {
  return browser.request(`${subject.url}${path}`, { headers: { accept: 'application/json' } })
}

describe('a page without a session', () => {
  it('goes to sign-in, through the provider, and back to the page asked for', async () => {
    const browser = new SignInBrowser()
    const first = await browser.request(`${subject.url}/?Region=ap-beijing&page=2`)
    expect(first.status).toBe(302)
    expect(first.headers.get('location')).toBe('/auth/login?return=%2F%3FRegion%3Dap-beijing%26page%3D2')
    const toIdp = await browser.request(new URL(first.headers.get('location') ?? '', subject.url).href)
    const authorize = new URL(toIdp.headers.get('location') ?? '')
    expect(authorize.origin).toBe(subject.idp.issuer)
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${subject.url}/auth/callback`)
    expect(authorize.searchParams.get('state')).toBeTruthy()
    expect(authorize.searchParams.get('nonce')).toBeTruthy()
    const landed = await browser.passProvider(await browser.follow(authorize.href), 'alice@example.com')
    expect(landed.url).toBe(`${subject.url}/?Region=ap-beijing&page=2`)
    expect(landed.status).toBe(200)
    expect(landed.body).toContain('CVM Image Browser')
    const cookie = browser.setCookies.find((line) => line.startsWith('cvm-session=')) ?? ''
    expect(cookie.split('; ').slice(1).sort()).toEqual(
      expect.arrayContaining(['HttpOnly', 'Max-Age=28800', 'Path=/', 'SameSite=Lax']),
    )
    expect(cookie).not.toContain('Secure')
  })
})

describe('a signed-in user', () => {
  it('reaches the API, is named by /api/info and in the audit trail, and the limit counts them', async () => {
    const browser = new SignInBrowser()
    await browser.signIn(subject.url, 'alice@example.com')
    const answer = await api(browser, '/api/DescribeImages?Region=ap-guangzhou&ImageIds.0=img-1a2b3c4d')
    expect(answer.status).toBe(200)
    const info = JSON.parse((await api(browser, '/api/info')).body)
    expect(info).toMatchObject({ user: 'alice@example.com', signOut: true })
    await expect
      .poll(() => subject.auditLines())
      .toContainEqual(
        expect.objectContaining({ event: 'sign-in', user: 'alice@example.com', client: '127.0.0.1' }),
      )
    await expect
      .poll(() => subject.auditLines())
      .toContainEqual(
        expect.objectContaining({
          event: 'api',
          user: 'alice@example.com',
          action: 'DescribeImages',
          region: 'ap-guangzhou',
          ids: ['img-1a2b3c4d'],
          status: 200,
          count: 0,
          requestId: 'default-request-id',
        }),
      )
    expect(answer.headers.get('x-ratelimit-remaining')).toBeTruthy()
  })

  it('signs out with POST: the session ends here and the provider is asked to end its own', async () => {
    const browser = new SignInBrowser()
    await browser.signIn(subject.url, 'alice@example.com')
    expect((await browser.request(`${subject.url}/auth/logout`)).status).toBe(404)
    const out = await browser.request(`${subject.url}/auth/logout`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    })
    expect(out.status).toBe(200)
    const { location } = JSON.parse(out.body) as { location: string }
    expect(new URL(location).origin).toBe(subject.idp.issuer)
    expect(new URL(location).searchParams.get('post_logout_redirect_uri')).toBe(`${subject.url}/`)
    expect(browser.cookies(subject.url).has('cvm-session')).toBe(false)
    await expect
      .poll(() => subject.auditLines())
      .toContainEqual(expect.objectContaining({ event: 'sign-out', user: 'alice@example.com' }))
  })

  it('whose cookie is replayed after sign-out, or tampered with, signs in again', async () => {
    const browser = new SignInBrowser()
    await browser.signIn(subject.url, 'alice@example.com')
    const cookies = browser.cookies(subject.url)
    const session = cookies.get('cvm-session') ?? ''
    cookies.set(
      'cvm-session',
      session.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    )
    const tampered = await api(browser)
    expect(tampered.status).toBe(401)
    expect(JSON.parse(tampered.body).Response.Error.Code).toBe('ProxyError.SignInRequired')
    cookies.set('cvm-session', session)
    await browser.request(`${subject.url}/auth/logout`, { method: 'POST' })
    cookies.set('cvm-session', session)
    const page = await browser.request(`${subject.url}/`)
    expect(page.status).toBe(302)
    expect(page.headers.get('location')).toMatch(/^\/auth\/login\?return=/)
  })
})

describe('refusals', () => {
  it('answers the API without a session with 401 in the envelope, before any upstream call', async () => {
    subject.upstream.reset()
    const answer = await api(new SignInBrowser())
    expect(answer.status).toBe(401)
    expect(JSON.parse(answer.body)).toMatchObject({
      Response: { Error: { Code: 'ProxyError.SignInRequired' }, RequestId: expect.any(String) },
    })
    expect(subject.upstream.calls).toHaveLength(0)
  })

  it.each([
    ['a domain that is not allowed', 'eve@example.org', 'not in a domain allowed'],
    ['a group that is not allowed', 'dev@example.com', 'not in a group allowed'],
  ])('refuses an account in %s with a 403 page and no session', async (_what, login, says) => {
    const browser = new SignInBrowser()
    const page = await browser.signIn(subject.url, login)
    expect(page.status).toBe(403)
    expect(page.body).toContain(says)
    expect(page.body).toContain(login)
    expect(browser.cookies(subject.url).has('cvm-session')).toBe(false)
    expect((await api(browser)).status).toBe(401)
    await expect
      .poll(() => subject.auditLines())
      .toContainEqual(expect.objectContaining({ event: 'refusal', user: login }))
  })

  it('refuses a forged callback and a replayed one with 400, and keeps no session', async () => {
    const forged = new SignInBrowser()
    const page = await forged.request(`${subject.url}/auth/callback?code=forged&state=forged`)
    expect(page.status).toBe(400)
    expect(page.body).toContain('Sign-in not completed')
    const browser = new SignInBrowser()
    await browser.signIn(subject.url, 'alice@example.com')
    const callback = browser.hops.find((hop) => hop.url.startsWith(`${subject.url}/auth/callback`))?.url ?? ''
    const replay = await browser.request(callback)
    expect(replay.status).toBe(400)
    const elsewhere = new SignInBrowser()
    expect((await elsewhere.request(callback)).status).toBe(400)
    expect(elsewhere.cookies(subject.url).has('cvm-session')).toBe(false)
  })

  it('ignores a return address off the site', async () => {
    const browser = new SignInBrowser()
    const landed = await browser.signIn(subject.url, 'alice@example.com', 'https://evil.example/')
    expect(landed.url).toBe(`${subject.url}/`)
  })
})

/** AUTH=header: the user header believed only from TRUST_PROXY's addresses; 401 otherwise. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  liveConfig,
  logEntries,
  makeStaticRoot,
  startTestApp,
  type TestApp,
} from '../test-support/harness.js'
import { startTestUpstream, type TestUpstream } from '../test-support/test-upstream.js'

const PROXY = '10.0.0.5'
const CALL = '/api/DescribeImages?Region=ap-guangzhou'
let upstream: TestUpstream
let subject: TestApp

beforeAll(async () => {
  upstream = await startTestUpstream()
  const config = liveConfig(upstream.endpoint, {
    AUTH: 'header',
    AUTH_USER_HEADER: 'X-Forwarded-Email',
    TRUST_PROXY: PROXY,
    RATE_LIMIT_PER_MINUTE: '2',
  })
  subject = await startTestApp({ ...config, staticRoot: makeStaticRoot() })
})
afterAll(async () => {
  await subject.app.close()
  await upstream.close()
})

const auditLines = () =>
  logEntries(subject.logs)
    .map((entry) => entry.audit)
    .filter((line) => line !== undefined)

const from = (remoteAddress: string, user?: string, accept = 'application/json') => ({
  url: CALL,
  remoteAddress,
  headers: { accept, ...(user === undefined ? {} : { 'x-forwarded-email': user }) },
})

describe('AUTH=header', () => {
  it('takes the user the trusted auth proxy names, and audits the call as theirs', async () => {
    const answer = await subject.inject({ ...from(PROXY, 'alice@example.com'), url: '/api/info' })
    expect(answer.statusCode).toBe(200)
    expect(answer.json()).toMatchObject({ user: 'alice@example.com', signOut: false })
    await expect
      .poll(() => auditLines())
      .toContainEqual(expect.objectContaining({ event: 'api', user: 'alice@example.com', action: 'info' }))
  })

  it.each([
    ['the header from an address not trusted', from('10.0.0.9', 'alice@example.com')],
    ['no header from the trusted proxy', from(PROXY)],
    ['an empty header', from(PROXY, ' ')],
  ])('answers 401 in the envelope to %s, before any upstream call', async (_what, request) => {
    upstream.reset()
    const answer = await subject.inject(request)
    expect(answer.statusCode).toBe(401)
    expect(answer.json().Response.Error.Code).toBe('ProxyError.SignInRequired')
    expect(upstream.calls).toHaveLength(0)
    // The line is written once the answer has gone, which may be just after inject() resolves.
    await expect
      .poll(() => auditLines().at(-1))
      .toMatchObject({
        event: 'api',
        user: null,
        status: 401,
        errorCode: 'ProxyError.SignInRequired',
        action: 'DescribeImages',
        region: 'ap-guangzhou',
      })
  })

  it('answers a page without a user with a 401 page, in Chinese when asked', async () => {
    const page = await subject.inject({
      ...from('10.0.0.9', 'alice@example.com', 'text/html'),
      url: '/',
      headers: { accept: 'text/html', 'accept-language': 'zh-CN,zh;q=0.9' },
    })
    expect(page.statusCode).toBe(401)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('需要登录')
    expect(auditLines()).toContainEqual(expect.objectContaining({ event: 'refusal', reason: 'no-user' }))
  })

  it('keeps the health checks open', async () => {
    expect((await subject.inject({ url: '/healthz', remoteAddress: '10.0.0.9' })).statusCode).toBe(200)
  })

  it('counts the rate limit per user, not per address', async () => {
    const statuses = async (user: string) => {
      const codes: number[] = []
      for (let i = 0; i < 3; i++) codes.push((await subject.inject(from(PROXY, user))).statusCode)
      return codes
    }
    expect(await statuses('bob@example.com')).toEqual([200, 200, 429])
    expect(await statuses('carol@example.com')).toEqual([200, 200, 429])
  })
})

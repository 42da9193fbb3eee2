import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { liveConfig, scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import { json, okBody, startTestUpstream, type TestUpstream } from '../test-support/test-upstream.js'
import { wantsFresh } from './describe-images.js'

scanForSecretsAfterAll()

let upstream: TestUpstream
beforeAll(async () => {
  upstream = await startTestUpstream()
})
afterEach(() => upstream.reset())
afterAll(() => upstream.close())

async function proxy(env: Record<string, string> = {}) {
  return startTestApp(liveConfig(upstream.endpoint, { CACHE_TTL_MS: '30000', ...env }), { random: () => 0 })
}

describe('wantsFresh', () => {
  it('reads no-cache and max-age=0 from Cache-Control, and Pragma: no-cache', () => {
    expect(wantsFresh({ 'cache-control': 'no-cache' })).toBe(true)
    expect(wantsFresh({ 'cache-control': 'max-age=0, private' })).toBe(true)
    expect(wantsFresh({ pragma: 'no-cache' })).toBe(true)
    expect(wantsFresh({ 'cache-control': 'max-age=60' })).toBe(false)
    expect(wantsFresh({})).toBe(false)
  })
})

describe('GET /api/DescribeImages with Cache-Control: no-cache', () => {
  const url = '/api/DescribeImages?Limit=2'
  const fresh = { 'cache-control': 'no-cache' }

  it('asks the upstream past a stored answer, and stores the new one for the next reader', async () => {
    upstream.respondWith(json(okBody('first', ['img-aaaaaaaa'])))
    const { inject } = await proxy()
    expect((await inject(url)).headers['x-cache']).toBe('MISS')
    expect((await inject(url)).headers['x-cache']).toBe('HIT')
    upstream.respondWith(json(okBody('second', ['img-bbbbbbbb'])))
    const refreshed = await inject({ method: 'GET', url, headers: fresh })
    expect(refreshed.headers['x-cache']).toBe('MISS')
    expect(refreshed.body).toContain('img-bbbbbbbb')
    const after = await inject(url)
    expect(after.headers['x-cache']).toBe('HIT')
    expect(after.body).toContain('img-bbbbbbbb')
    expect(upstream.calls).toHaveLength(2)
  })

  it('still refuses a bad query before any upstream call', async () => {
    const { inject } = await proxy()
    const response = await inject({ method: 'GET', url: '/api/DescribeImages?Limit=1000', headers: fresh })
    expect(response.statusCode).toBe(400)
    expect(upstream.calls).toHaveLength(0)
  })

  it('still counts against the per-client rate limit', async () => {
    upstream.respondWith(json(okBody('ok', ['img-aaaaaaaa'])))
    const { inject } = await proxy({ RATE_LIMIT_PER_MINUTE: '2' })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++)
      statuses.push((await inject({ method: 'GET', url, headers: fresh })).statusCode)
    expect(statuses).toEqual([200, 200, 429])
    expect(upstream.calls).toHaveLength(2)
  })
})

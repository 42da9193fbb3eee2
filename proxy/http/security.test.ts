import type { ServerResponse } from 'node:http'
import Fastify from 'fastify'
import helmet from 'helmet'
import { describe, expect, it } from 'vitest'
import { createAuditTrail } from '../auth/audit-trail.js'
import type { CachedAnswer } from '../services.js'
import { liveConfig } from '../test-support/harness.js'
import { createResponseCache } from '../upstream/cache.js'
import { headersSetBy, registerSecurity } from './security.js'

/** The security part alone on a Fastify app, with or without trusting X-Forwarded-Proto. */
async function appWith(trustProxy: boolean) {
  const app = Fastify({ trustProxy })
  const services = {
    config: liveConfig('http://127.0.0.1:9/v2/index.php'),
    now: Date.now,
    upstream: null,
    credentials: null,
    shared: null,
    audit: createAuditTrail({ log: app.log, file: null, secrets: () => [] }),
    cache: createResponseCache<CachedAnswer>({
      maxEntries: 1,
      ttlMs: 0,
      now: Date.now,
      isCacheable: () => false,
    }),
  }
  await registerSecurity(app, services)
  app.get('/', async () => 'ok')
  return app
}

describe('Strict-Transport-Security', () => {
  it('is not sent over plain HTTP', async () => {
    const app = await appWith(false)
    const response = await app.inject({ url: '/' })
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('is not sent when an untrusted client only claims HTTPS', async () => {
    const app = await appWith(false)
    const response = await app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('is sent when a trusted proxy says the request came over HTTPS', async () => {
    const app = await appWith(true)
    const response = await app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(response.headers['x-frame-options']).toBe('DENY')
  })
})

describe('the security headers', () => {
  it('carry every header helmet sets, with this policy', async () => {
    const response = await (await appWith(false)).inject({ url: '/' })
    const names = headersSetBy(helmet({ strictTransportSecurity: false })).map(([name]) => name)
    expect(names.length).toBeGreaterThan(8)
    for (const name of names) expect(response.headers[name], name).toBeDefined()
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(response.headers['referrer-policy']).toBe('no-referrer')
  })

  it('are read from a middleware once: what it sets, minus what it removes', () => {
    const middleware = (_request: unknown, response: ServerResponse, next: () => void) => {
      response.setHeader('X-One', '1')
      response.setHeader('X-Two', 2)
      response.removeHeader('x-two')
      next()
    }
    expect(headersSetBy(middleware)).toEqual([['x-one', '1']])
    expect(() => headersSetBy(() => {})).toThrow(/did not finish/)
  })
})

import { describe, expect, it } from 'vitest'
import { liveConfig, scanForSecretsAfterAll, startTestApp, type TestApp } from '../test-support/harness.js'
import { replicaSuite } from '../test-support/replicas.js'

scanForSecretsAfterAll()

const suite = replicaSuite()
const limit = { RATE_LIMIT_PER_MINUTE: '2' }

/** Statuses of /api/info calls arriving from `remoteAddress` with the given X-Forwarded-For values. */
async function statuses(inject: TestApp['inject'], remoteAddress: string, forwardedFor: string[]) {
  const result = []
  for (const value of forwardedFor) {
    const response = await inject({ url: '/api/info', remoteAddress, headers: { 'x-forwarded-for': value } })
    result.push(response.statusCode)
  }
  return result
}

describe('TRUST_PROXY and the per-client limit', () => {
  it('keys the limit by the address the trusted load balancer saw, across replicas', async () => {
    const [a, b] = await suite.replicas(2, { ...limit, TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' })
    if (!a || !b) throw new Error('two replicas expected')
    expect(await statuses(a.inject, '10.1.2.3', ['203.0.113.5', '203.0.113.6'])).toEqual([200, 200])
    expect(await statuses(b.inject, '127.0.0.1', ['203.0.113.5', '203.0.113.6'])).toEqual([200, 200])
    expect(await statuses(a.inject, '10.1.2.3', ['203.0.113.5', '203.0.113.9'])).toEqual([429, 200])
  })

  it('ignores X-Forwarded-For from a peer it does not trust', async () => {
    const [app] = await suite.replicas(1, { ...limit, TRUST_PROXY: '10.0.0.1' })
    if (!app) throw new Error('a replica expected')
    const spoofed = ['203.0.113.1', '203.0.113.2', '203.0.113.3']
    expect(await statuses(app.inject, '198.51.100.20', spoofed)).toEqual([200, 200, 429])
  })

  it('with a hop count, trusts that many proxies in front and takes the address before them', async () => {
    const [app] = await suite.replicas(1, { ...limit, TRUST_PROXY: '1' })
    if (!app) throw new Error('a replica expected')
    // The client's own X-Forwarded-For entry (the first) is not trusted; the balancer's (the last) is.
    const chains = ['1.1.1.1, 203.0.113.40', '2.2.2.2, 203.0.113.40', '3.3.3.3, 203.0.113.40']
    expect(await statuses(app.inject, '10.9.9.9', chains)).toEqual([200, 200, 429])
  })

  it('uses the socket address when TRUST_PROXY is unset, as before', async () => {
    const { inject } = await startTestApp(liveConfig(suite.emulator.endpoint, limit))
    const spoofed = ['203.0.113.1', '203.0.113.2', '203.0.113.3']
    expect(await statuses(inject, '198.51.100.30', spoofed)).toEqual([200, 200, 429])
  })
})

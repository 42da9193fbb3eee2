/**
 * Failing identity services and refused tokens: the metadata service down for longer than the keys live
 * (clear 503s naming the source and why, then recovery without a restart), and a revoked token refused by
 * Tencent (one forced refresh, and the call retried once with the new keys).
 */
import { setTimeout as delay } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import {
  type IdentityEmulator,
  issuedSecrets,
  roleConfig,
  startIdentityEmulator,
} from '../test-support/identity-fixtures.js'

let shortLived: IdentityEmulator
let longLived: IdentityEmulator
beforeAll(async () => {
  shortLived = await startIdentityEmulator(3)
  longLived = await startIdentityEmulator(3600)
})
afterAll(async () => {
  await shortLived.emulator.close()
  await longLived.emulator.close()
})
scanForSecretsAfterAll(() => issuedSecrets([shortLived, longLived]))

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`)
    await delay(100)
  }
}

describe('the metadata service down for longer than the keys live', () => {
  it('answers clear 503s while no valid keys can be had, then recovers by itself', async () => {
    const { identity } = shortLived.emulator
    const { app, inject, logs } = await startTestApp(
      roleConfig('cvm-role', shortLived, { CACHE_TTL_MS: '0' }),
    )
    try {
      expect((await inject('/api/DescribeImages?Limit=1')).statusCode).toBe(200)
      identity.metadataDown = true
      const downSince = Date.now()
      // The 3-second keys run out while the service stays down.
      await until(async () => (await inject('/api/DescribeImages?Limit=1')).statusCode === 503, 5_000)
      const refused = await inject('/api/DescribeImages?Limit=1')
      expect(refused.statusCode).toBe(503)
      expect(refused.headers['retry-after']).toBe('5')
      const error = refused.json().Response.Error
      expect(error.Code).toBe('ProxyError.CredentialsUnavailable')
      expect(error.Message).toMatch(
        /^No valid credentials to sign with\. cvm-role: the metadata service at http:\/\/127\.0\.0\.1:\d+ could not be reached: ECONNRESET/,
      )
      const notReady = await inject('/readyz')
      expect(notReady.statusCode).toBe(503)
      expect(notReady.json()).toMatchObject({
        checks: { credentials: false },
        credentials: {
          source: 'cvm-role',
          lastError: expect.stringMatching(/^cvm-role: the metadata service/),
        },
      })
      await delay(Math.max(0, 4_000 - (Date.now() - downSince)))
      identity.metadataDown = false
      expect((await inject('/api/DescribeImages?Limit=1')).statusCode).toBe(200)
      expect((await inject('/readyz')).json()).toMatchObject({
        status: 'ready',
        credentials: { lastError: null },
      })
      const warnings = logs.filter((line) => line.includes('credentials refresh failed'))
      expect(warnings.length).toBeGreaterThan(0)
    } finally {
      identity.metadataDown = false
      await app.close()
    }
  }, 20_000)
})

describe('a token Tencent refuses', () => {
  it.each([
    ['legacy', 'InvalidRequest.TokenCheckFailed'],
    ['v3', 'AuthFailure.TokenFailure'],
  ])('(%s API, %s) forces one refresh and the call is retried once', async (api) => {
    const { keys } = longLived.emulator.identity
    const { app, inject } = await startTestApp(
      roleConfig('assume-role', longLived, { TENCENTCLOUD_API: api }),
    )
    try {
      expect((await inject('/api/DescribeImages?Limit=1')).statusCode).toBe(200)
      const revoked = keys.issued().at(-1)
      keys.revoke(revoked?.secretId ?? '')
      const issuedBefore = keys.issued().length
      const answer = await inject('/api/DescribeImages?Limit=2')
      expect(answer.statusCode).toBe(200)
      expect(revoked).toMatchObject({ accepted: 1, refused: 1 })
      expect(keys.issued()).toHaveLength(issuedBefore + 1)
      expect(keys.issued().at(-1)).toMatchObject({ issuedBy: 'assume-role', accepted: 1, refused: 0 })
    } finally {
      await app.close()
    }
  })

  it('is answered as refused when the refreshed keys are refused too, without a loop', async () => {
    const { keys } = longLived.emulator.identity
    const { app, inject } = await startTestApp(roleConfig('assume-role', longLived))
    try {
      expect((await inject('/api/DescribeImages?Limit=1')).statusCode).toBe(200)
      const original = keys.issue
      // Every key STS hands out from now on is already revoked.
      keys.issue = (...args) => Object.assign(original.apply(keys, args), { revoked: true })
      keys.revoke(keys.issued().at(-1)?.secretId ?? '')
      const answer = await inject('/api/DescribeImages?Limit=3')
      keys.issue = original
      expect(answer.statusCode).toBe(502)
      expect(answer.json().Response.Error.Code).toBe('InvalidRequest.TokenCheckFailed')
      expect(keys.issued().at(-1)).toMatchObject({ refused: 1 })
    } finally {
      await app.close()
    }
  })
})

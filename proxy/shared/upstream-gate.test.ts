import { describe, expect, it } from 'vitest'
import { Secret } from '../config/secret.js'
import { signingIdentity } from './shared-mode.js'
import { bucketKey, nextTurn, paceIntervalMs } from './upstream-gate.js'

describe('the upstream pacing rule', () => {
  it('spaces turns so that no one-second window passes maxRps, with room for late arrivals', () => {
    expect(paceIntervalMs(25)).toBe(42)
    // Any window of 1000 ms starting at a turn holds 1000 / 42 → 24 turns: under 25 even 50 ms late.
    expect(Math.floor(1000 / paceIntervalMs(25)) + 1).toBeLessThanOrEqual(25)
  })

  it('gives the first caller its turn at once and the next ones a wait each, refusing past the bound', () => {
    const state = { tat: 0 }
    expect([0, 0, 0, 0].map(() => nextTurn(state, 1000, 100, 250))).toEqual([0, 100, 200, -1])
    expect(nextTurn(state, 1300, 100, 250)).toBe(0)
  })

  it('keys the budget by endpoint host and a digest of the SecretId, never the id itself', () => {
    const key = bucketKey(new URL('https://cvm.tencentcloudapi.com/'), 'AKIDexample1234')
    expect(key).toMatch(/^upstream-bucket:cvm\.tencentcloudapi\.com:[0-9a-f]{16}$/)
    expect(key).not.toContain('AKID')
    expect(bucketKey(new URL('https://cvm.tencentcloudapi.com/'), 'AKIDother')).not.toBe(key)
  })

  it('keys each action apart, DescribeImages under the key it always had', () => {
    const endpoint = new URL('https://cvm.tencentcloudapi.com/')
    expect(bucketKey(endpoint, 'AKIDexample1234', 'DescribeImages')).toBe(
      bucketKey(endpoint, 'AKIDexample1234'),
    )
    expect(bucketKey(endpoint, 'AKIDexample1234', 'DescribeInstances')).toBe(
      `${bucketKey(endpoint, 'AKIDexample1234')}:DescribeInstances`,
    )
  })
})

describe('the signing identity the budget and the cache are keyed by', () => {
  const credentials = { secretId: 'AKIDfixed', secretKey: new Secret('k'), token: null }
  const sts = { sessionName: 'proxy', region: 'ap-guangzhou', stsEndpoint: new URL('https://sts.example/') }
  const roleArn = 'qcs::cam::uin/100000000001:roleName/image-browser'

  it('is the SecretId of fixed keys and the role of temporary ones, whose SecretId changes', () => {
    expect(signingIdentity({ kind: 'env', credentials })).toBe('AKIDfixed')
    const assumed = {
      ...sts,
      kind: 'assume-role',
      roleArn,
      base: credentials,
      durationSeconds: 3600,
    } as const
    expect(signingIdentity(assumed)).toBe(roleArn)
    expect(signingIdentity({ ...sts, kind: 'oidc', roleArn, providerId: 'p', tokenFile: '/t' })).toBe(roleArn)
    const metadataEndpoint = new URL('http://metadata.tencentyun.com/')
    expect(signingIdentity({ kind: 'cvm-role', roleName: 'web', metadataEndpoint })).toBe('cvm-role:web')
  })
})

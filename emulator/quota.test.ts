import { describe, expect, it } from 'vitest'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './config.js'
import { createQuota, tc3SecretId } from './quota.js'
import { buildEmulator } from './server.js'
import { injectCall } from './test-support/test-client.js'
import { injectV3Call } from './test-support/test-client-v3.js'

const credentials = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }
const NOW_S = 1_790_000_000

describe('createQuota', () => {
  it('admits maxRps calls per SecretId in a second, refuses the next, and starts again the next second', () => {
    const clock = { now: NOW_S * 1000 }
    const quota = createQuota({ maxRps: 2, now: () => clock.now })
    expect(quota.admit('AKIDa', 'v3')).toBeNull()
    expect(quota.admit('AKIDa', 'v3')).toBeNull()
    expect(quota.admit('AKIDb', 'v3')).toBeNull()
    expect(quota.admit('AKIDa', 'v3')).toMatchObject({ code: 'RequestLimitExceeded' })
    expect(quota.admit('AKIDa', 'legacy')?.code).toBe('InvalidRequest.LimitExceeded')
    clock.now += 1000
    expect(quota.admit('AKIDa', 'v3')).toBeNull()
  })

  it('counts every verified call of each action, refused ones too, until a reset', () => {
    const quota = createQuota({ maxRps: 1, now: () => NOW_S * 1000 })
    quota.admit('AKIDa', 'v3', 'DescribeInstances')
    quota.admit('AKIDa', 'v3', 'DescribeInstances')
    quota.admit('AKIDa', 'legacy')
    expect(quota.actions()).toEqual({ DescribeInstances: 2, DescribeImages: 1 })
    quota.reset()
    expect(quota.actions()).toEqual({})
  })

  it('counts each action apart, at its documented limit when lower than maxRps', () => {
    const quota = createQuota({ maxRps: 40, now: () => NOW_S * 1000 })
    const admitted = (action: string) =>
      Array.from({ length: 45 }, () => quota.admit('AKIDa', 'v3', action)).filter(
        (refusal) => refusal === null,
      )
    expect(admitted('DescribeImageSharePermission')).toHaveLength(10)
    expect(admitted('DescribeImageQuota')).toHaveLength(10)
    expect(admitted('DescribeInstances')).toHaveLength(40)
    expect(admitted('DescribeImages')).toHaveLength(40)
  })

  it('counts calls received and refused per second, and forgets them on reset', () => {
    const clock = { now: NOW_S * 1000 + 900 }
    const quota = createQuota({ maxRps: 1, now: () => clock.now })
    for (const _ of [1, 2]) {
      quota.received()
      quota.admit('AKIDa', 'v3')
    }
    clock.now += 200
    quota.received()
    expect(quota.seconds()).toEqual([
      { second: NOW_S, calls: 2, refused: 1 },
      { second: NOW_S + 1, calls: 1, refused: 0 },
    ])
    quota.reset()
    expect(quota.seconds()).toEqual([])
  })

  it('has no quota at 0', () => {
    const quota = createQuota({ maxRps: 0, now: () => 0 })
    for (let call = 0; call < 100; call++) expect(quota.admit('AKIDa', 'v3')).toBeNull()
  })

  it('reads the SecretId of a TC3 Authorization header', () => {
    const header =
      'TC3-HMAC-SHA256 Credential=AKIDx/2026-11-30/cvm/tc3_request, SignedHeaders=host, Signature=ab'
    expect(tc3SecretId(header)).toBe('AKIDx')
    expect(tc3SecretId(undefined)).toBe('')
  })
})

describe('the emulator over its quota', () => {
  const setup = () =>
    buildEmulator({ ...credentials, customImages: 5, maxRps: 3, faults: true, now: () => NOW_S * 1000 })

  it('refuses the legacy call past the quota with InvalidRequest.LimitExceeded in the envelope', async () => {
    const { app } = setup()
    const answers = []
    for (let nonce = 1; nonce <= 4; nonce++) {
      const response = await injectCall(
        app,
        credentials,
        [
          ['Region', 'ap-guangzhou'],
          ['Limit', '1'],
        ],
        {
          timestamp: NOW_S,
          nonce,
        },
      )
      answers.push(response.json().Response)
    }
    expect(answers.slice(0, 3).every((answer) => answer.ImageSet.length === 1)).toBe(true)
    expect(answers[3].Error.Code).toBe('InvalidRequest.LimitExceeded')
    expect(answers[3].Error.Message).toContain('exceeds the frequency limit `3` for a second')
    expect(answers[3].RequestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('refuses the 3.0 call past the quota with RequestLimitExceeded, and reports the calls per second', async () => {
    const { app } = setup()
    const codes = []
    for (let call = 0; call < 5; call++) {
      const response = await injectV3Call(app, credentials, { Limit: 1 }, { timestamp: NOW_S })
      codes.push(response.json().Response.Error?.Code ?? 'ok')
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'RequestLimitExceeded', 'RequestLimitExceeded'])
    const calls = await app.inject({ method: 'GET', url: '/__emulator/calls' })
    expect(calls.json()).toEqual({
      seconds: [{ second: NOW_S, calls: 5, refused: 2 }],
      actions: { DescribeImages: 5 },
    })
    await app.inject({ method: 'DELETE', url: '/__emulator/calls' })
    expect((await app.inject({ method: 'GET', url: '/__emulator/calls' })).json()).toEqual({
      seconds: [],
      actions: {},
    })
  })

  it('has no call counts route without the test controls', async () => {
    const { app } = buildEmulator({ ...credentials, maxRps: 3 })
    expect((await app.inject({ method: 'GET', url: '/__emulator/calls' })).statusCode).toBe(404)
  })
})

import { describe, expect, it } from 'vitest'
import { encodeV1Query } from '../core/signing/v1-query.js'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './config.js'
import { buildEmulator, buildEmulatorApp, type EmulatorOptions } from './server.js'
import { type CallOptions, injectCall, signedParams, TEST_HOST } from './test-support/test-client.js'

const credentials = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }
const NOW_S = 1_790_000_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

let nonce = 1
function setup(extra: Partial<EmulatorOptions> = {}) {
  const emulator = buildEmulator({ ...credentials, now: () => NOW_S * 1000, ...extra })
  const call = (business: [string, string][], options: CallOptions = {}) =>
    injectCall(emulator.app, credentials, business, { timestamp: NOW_S, nonce: nonce++, ...options })
  return { ...emulator, call }
}

const { app, call } = setup({ customImages: 50 })
const responseOf = async (business: [string, string][], options?: CallOptions) => {
  const response = await call(business, options)
  expect(response.statusCode).toBe(200)
  return response.json().Response
}

describe('the emulator endpoint', () => {
  it('answers a signed GET with ImageSet, TotalCount and a uuid RequestId', async () => {
    const response = await call([
      ['Region', 'ap-guangzhou'],
      ['Limit', '3'],
    ])
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const body = response.json()
    expect(Object.keys(body.Response).sort()).toEqual(['ImageSet', 'RequestId', 'TotalCount'])
    expect(body.Response.ImageSet).toHaveLength(3)
    expect(body.Response.TotalCount).toBeGreaterThan(50)
    expect(body.Response.RequestId).toMatch(UUID)
  })

  it('answers a signed POST form body and ignores its query string', async () => {
    const result = await responseOf(
      [
        ['Region', 'ap-guangzhou'],
        ['Limit', '2'],
      ],
      {
        method: 'POST',
        postQuery: 'Limit=7&Bogus=1',
      },
    )
    expect(result.ImageSet).toHaveLength(2)
  })

  it('reads + in a form body as a space', async () => {
    const business: [string, string][] = [
      ['Region', 'ap-guangzhou'],
      ['Filters.0.Name', 'image-name'],
      ['Filters.0.Values.0', 'CentOS 7.6'],
    ]
    const signed = signedParams(business, {
      ...credentials,
      host: TEST_HOST,
      method: 'POST',
      timestamp: NOW_S,
      nonce: 'plus',
    })
    const body = encodeV1Query(signed).replace('CentOS%207.6', 'CentOS+7.6')
    expect(body).toContain('CentOS+7.6')
    const result = await responseOf(business, { method: 'POST', body })
    expect(result.ImageSet.map((image: { ImageId: string }) => image.ImageId)).toContain('img-9qabwvbn')
  })

  it('keeps unicode filter values intact through signing and decoding', async () => {
    const result = await responseOf([
      ['Region', 'ap-guangzhou'],
      ['Filters.0.Name', 'image-name'],
      ['Filters.0.Values.0', '数据中心版'],
    ])
    expect(result.TotalCount).toBe(8)
  })

  it('accepts 1-based indices with gaps, as the legacy docs write them', async () => {
    const result = await responseOf([
      ['Region', 'ap-guangzhou'],
      ['Filters.1.Name', 'image-type'],
      ['Filters.1.Values.1', 'PRIVATE_IMAGE'],
      ['Filters.1.Values.4', 'SHARED_IMAGE'],
    ])
    expect(result.TotalCount).toBe(50 + 40)
  })

  it('selects by ImageIds', async () => {
    const result = await responseOf([
      ['Region', 'ap-shanghai'],
      ['ImageIds.0', 'img-9qabwvbn'],
    ])
    expect(result.TotalCount).toBe(1)
    expect(result.ImageSet[0]).toMatchObject({ ImageId: 'img-9qabwvbn', ImageName: 'CentOS 7.6 64位' })
  })

  it('accepts the SDKs’ RequestClient and Language common parameters', async () => {
    const result = await responseOf([
      ['Region', 'ap-guangzhou'],
      ['RequestClient', 'SDK_NODEJS_4.1.220'],
      ['Language', 'zh-CN'],
    ])
    expect(result.Error).toBeUndefined()
  })

  const refusals: [string, [string, string][], CallOptions, string][] = [
    ['another Action', [['Region', 'ap-guangzhou']], { action: 'RunInstances' }, 'InvalidAction.NotFound'],
    ['another Version', [['Region', 'ap-guangzhou']], { version: '2022-03-12' }, 'NoSuchVersion'],
    ['a missing Action', [['Region', 'ap-guangzhou']], { omit: ['Action'] }, 'MissingParameter'],
    ['a missing Version', [['Region', 'ap-guangzhou']], { omit: ['Version'] }, 'MissingParameter'],
    ['a missing Region', [], {}, 'MissingParameter'],
    ['an unknown Region', [['Region', 'ap-mars']], {}, 'InvalidRegion.NotFound'],
    [
      'an unknown parameter',
      [
        ['Region', 'ap-guangzhou'],
        ['Zone', 'x'],
      ],
      {},
      'UnknownParameter',
    ],
    [
      'ImageIds together with Filters',
      [
        ['Region', 'ap-guangzhou'],
        ['ImageIds.0', 'img-9qabwvbn'],
        ['Filters.0.Name', 'image-type'],
        ['Filters.0.Values.0', 'PUBLIC_IMAGE'],
      ],
      {},
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
    ],
    [
      'a Limit over 100',
      [
        ['Region', 'ap-guangzhou'],
        ['Limit', '101'],
      ],
      {},
      'InvalidParameterValue.InvalidParameterValueLimit',
    ],
    [
      'an unknown filter',
      [
        ['Region', 'ap-guangzhou'],
        ['Filters.0.Name', 'tag-key'],
        ['Filters.0.Values.0', 'a'],
      ],
      {},
      'InvalidFilter',
    ],
    [
      'a malformed ImageId',
      [
        ['Region', 'ap-guangzhou'],
        ['ImageIds.0', 'img-1'],
      ],
      {},
      'InvalidImageId.Malformed',
    ],
  ]

  it.each(refusals)(
    'refuses %s with HTTP 200 and the error envelope',
    async (_name, business, options, code) => {
      const response = await call(business, options)
      expect(response.statusCode).toBe(200)
      expect(response.json()).toEqual({
        Response: {
          Error: { Code: code, Message: expect.any(String) },
          RequestId: expect.stringMatching(UUID),
        },
      })
    },
  )

  it('refuses a body that is not a form with the envelope', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v2/index.php',
      payload: { Action: 'DescribeImages' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json().Response.Error.Code).toBe('InvalidParameter')
  })

  it('answers an unsigned request with MissingParameter', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2/index.php?Action=DescribeImages' })
    expect(response.json().Response.Error.Code).toBe('MissingParameter')
  })

  it('answers the health check', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' })
    expect(response.statusCode).toBe(200)
  })

  it('answers 404 on any other path', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2/other.php' })
    expect(response.statusCode).toBe(404)
    expect(response.json().Response.Error.Code).toBe('ResourceNotFound')
  })
})

describe('emulator faults', () => {
  const region: [string, string][] = [['Region', 'ap-guangzhou']]

  it('has no fault control routes unless faults are enabled', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/__emulator/faults',
      payload: { latencyMs: 1 },
    })
    expect(response.statusCode).toBe(404)
    expect((await app.inject({ method: 'DELETE', url: '/__emulator/faults' })).statusCode).toBe(404)
  })

  it('fails the next calls with a given Tencent error code, then recovers', async () => {
    const emulator = setup({ faults: true })
    const next = { count: 2, fault: { kind: 'error', code: 'RequestLimitExceeded', message: 'slow down' } }
    const control = await emulator.app.inject({
      method: 'POST',
      url: '/__emulator/faults',
      payload: { next },
    })
    expect(control.statusCode).toBe(204)
    for (let i = 0; i < 2; i++) {
      const response = await emulator.call(region)
      expect(response.statusCode).toBe(200)
      expect(response.json().Response.Error).toEqual({ Code: 'RequestLimitExceeded', Message: 'slow down' })
    }
    expect((await emulator.call(region)).json().Response.TotalCount).toBeGreaterThan(0)
  })

  it('answers HTTP 500 when asked, through the in-process controller', async () => {
    const emulator = setup()
    emulator.faults.failNext(1, { kind: 'http500' })
    const response = await emulator.call(region)
    expect(response.statusCode).toBe(500)
    expect((await emulator.call(region)).statusCode).toBe(200)
  })

  it('answers broken JSON when asked', async () => {
    const emulator = setup()
    emulator.faults.failNext(1, { kind: 'badJson' })
    const response = await emulator.call(region)
    expect(response.statusCode).toBe(200)
    expect(() => JSON.parse(response.body)).toThrow()
  })

  it('fails even an unsigned call while a fault is pending', async () => {
    const emulator = setup()
    emulator.faults.failNext(1, { kind: 'error', code: 'InternalError' })
    const response = await emulator.app.inject({ method: 'GET', url: '/v2/index.php' })
    expect(response.json().Response.Error.Code).toBe('InternalError')
  })

  it('denies the named actions on request, as EMULATOR_DENY does, until the faults are cleared', async () => {
    const emulator = setup({ faults: true })
    const deny = await emulator.app.inject({
      method: 'POST',
      url: '/__emulator/faults',
      payload: { deny: ['DescribeImages'] },
    })
    expect(deny.statusCode).toBe(204)
    expect((await emulator.call(region)).json().Response.Error.Code).toBe('AuthFailure')
    await emulator.app.inject({ method: 'DELETE', url: '/__emulator/faults' })
    expect((await emulator.call(region)).json().Response.TotalCount).toBeGreaterThan(0)
  })

  it('clears pending faults on DELETE /__emulator/faults', async () => {
    const emulator = setup({ faults: true })
    emulator.faults.failNext(5, { kind: 'http500' })
    expect((await emulator.app.inject({ method: 'DELETE', url: '/__emulator/faults' })).statusCode).toBe(204)
    expect((await emulator.call(region)).statusCode).toBe(200)
  })

  it.each([
    ['not an object', 'nope'],
    ['a negative latency', { latencyMs: -1 }],
    ['an unknown fault kind', { next: { count: 1, fault: { kind: 'explode' } } }],
    ['an error fault without a code', { next: { count: 1, fault: { kind: 'error' } } }],
    ['a fractional count', { next: { count: 1.5, fault: { kind: 'drop' } } }],
    ['a deny list that is not action names', { deny: ['DescribeInstances', 'rm -rf'] }],
  ])('refuses a fault command that is %s with 400', async (_name, payload) => {
    const emulator = setup({ faults: true })
    const response = await emulator.app.inject({
      method: 'POST',
      url: '/__emulator/faults',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    })
    expect(response.statusCode).toBe(400)
  })
})

describe('buildEmulatorApp', () => {
  it('builds the same app for inject tests', async () => {
    const response = await buildEmulatorApp(credentials).inject({ method: 'GET', url: '/healthz' })
    expect(response.json()).toEqual({ status: 'ok' })
  })
})

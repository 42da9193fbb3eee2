import { describe, expect, it } from 'vitest'
import type { DescribeImagesV3Request, ImageV3 } from '../../core/describe-images-v3.js'
import { parseTc3Authorization, TC3_ALGORITHM, tc3SignatureMatches } from '../../core/signing/tc3.js'
import type { Fault } from '../../emulator/faults/faults.js'
import type { Credentials } from '../config/config.js'
import { staticProvider } from '../credentials/provider.js'
import { FAKE } from '../test-support/harness.js'
import {
  fakeCredentials,
  fakeEmulatorForSuite,
  noWait,
  startFakeEmulator,
  upstreamSettings,
} from '../test-support/upstream-fixtures.js'
import { createUpstream, type UpstreamSettings } from './upstream.js'
import { createV3RequestBuilder } from './v3-request.js'

const request: DescribeImagesV3Request = {
  region: 'ap-guangzhou',
  imageIds: [],
  filters: [{ name: 'image-type', values: ['PRIVATE_IMAGE'] }],
  offset: 0,
  limit: 5,
}

const settings = (endpoint: string, overrides: Partial<UpstreamSettings> = {}) =>
  upstreamSettings(endpoint, { signatureMethod: TC3_ALGORITHM, ...overrides })

const imagesOf = (answer: { kind: string; body?: string }) =>
  JSON.parse(answer.body ?? '{}').Response.ImageSet as ImageV3[]

describe('the 3.0 request on the wire', () => {
  const timestamp = 1_551_113_065
  const build = (token: string | null) =>
    createV3RequestBuilder({ endpoint: new URL('http://127.0.0.1:4345/') })(
      request,
      timestamp,
      fakeCredentials(token),
    )

  it('POSTs the JSON body with the X-TC-* headers and a TC3 signature over the host without its port', () => {
    const sent = build(FAKE.token)
    expect(sent).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:4345/' })
    expect(JSON.parse(sent.body ?? '')).toEqual({
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Offset: 0,
      Limit: 5,
    })
    expect(sent.headers).toMatchObject({
      'content-type': 'application/json',
      'x-tc-action': 'DescribeImages',
      'x-tc-version': '2017-03-12',
      'x-tc-region': 'ap-guangzhou',
      'x-tc-timestamp': String(timestamp),
      'x-tc-token': FAKE.token,
    })
    const authorization = parseTc3Authorization(sent.headers.authorization ?? '')
    expect(authorization).toMatchObject({
      secretId: FAKE.secretId,
      date: '2019-02-25',
      service: 'cvm',
      signedHeaders: ['content-type', 'host'],
    })
    const signed = {
      secretId: FAKE.secretId,
      secretKey: FAKE.secretKey,
      service: 'cvm',
      timestamp,
      method: 'POST',
      host: '127.0.0.1',
      contentType: 'application/json',
      payload: sent.body ?? '',
    }
    const signature = authorization?.signature ?? ''
    expect(tc3SignatureMatches(signed, signature)).toBe(true)
    expect(tc3SignatureMatches({ ...signed, host: '127.0.0.1:4345' }, signature)).toBe(false)
  })

  it('sends no X-TC-Token without a session token, and never the secret key', () => {
    const sent = build(null)
    expect(Object.keys(sent.headers)).not.toContain('x-tc-token')
    expect(JSON.stringify(sent)).not.toContain(FAKE.secretKey)
  })
})

describe('3.0 signing, verified by the emulator', () => {
  it.each([
    ['without', null],
    ['with', FAKE.token],
  ])('a call %s a session token is accepted, and a wrong key or token refused', async (_label, token) => {
    const emulator = await startFakeEmulator(token)
    const call = (signer: Credentials) =>
      createUpstream(
        settings(emulator.v3Endpoint, { credentials: staticProvider('env', signer) }),
        noWait,
      ).describeImages(request)
    try {
      const answer = await call(fakeCredentials(token))
      expect(answer).toMatchObject({ kind: 'upstream', status: 200, errorCode: null })
      const images = imagesOf(answer)
      expect(images).toHaveLength(5)
      expect(images[0]).toHaveProperty('OsName')
      expect(images[0]).not.toHaveProperty('ImageOsName')
      expect(await call(fakeCredentials(token, 'wrong-key'))).toMatchObject({
        status: 502,
        errorCode: 'AuthFailure.SignatureFailure',
      })
      expect(await call(fakeCredentials(token ? 'wrong-token' : FAKE.token))).toMatchObject({
        status: 502,
        errorCode: 'AuthFailure.TokenFailure',
      })
    } finally {
      await emulator.close()
    }
  })

  it('forwards the 3.0 tag filters, which the emulator applies', async () => {
    const emulator = await startFakeEmulator()
    try {
      const upstream = createUpstream(settings(emulator.v3Endpoint), noWait)
      const tagged = await upstream.describeImages({
        ...request,
        filters: [{ name: 'tag:env', values: ['prod'] }],
        limit: 100,
      })
      const images = imagesOf(tagged)
      expect(images.length).toBeGreaterThan(0)
      for (const image of images) expect(image.Tags).toContainEqual({ Key: 'env', Value: 'prod' })
    } finally {
      await emulator.close()
    }
  })
})

describe('3.0 errors go through the same retries and mapping', () => {
  const upstream = fakeEmulatorForSuite()
  const { transport } = upstream

  const call = (overrides: Partial<UpstreamSettings> = {}, req = request) =>
    createUpstream(settings(upstream.emulator.v3Endpoint, overrides), {
      ...noWait,
      fetch: transport.fetch,
    }).describeImages(req)
  const fail = (code: string): Fault => ({ kind: 'error', code })

  it.each<[string, number, Fault, Record<string, unknown>]>([
    [
      'AuthFailure',
      1,
      fail('AuthFailure.SignatureExpire'),
      { status: 502, errorCode: 'AuthFailure.SignatureExpire' },
    ],
    ['InvalidParameter', 1, fail('InvalidParameter'), { status: 400, errorCode: 'InvalidParameter' }],
    ['InvalidFilter', 1, fail('InvalidFilter'), { status: 400, errorCode: 'InvalidFilter' }],
    [
      'RequestLimitExceeded every time',
      3,
      fail('RequestLimitExceeded'),
      { status: 429, errorCode: 'RequestLimitExceeded', retryAfterSeconds: 1 },
    ],
    ['HTTP 500', 3, { kind: 'http500' }, { status: 502, code: 'ProxyError.UpstreamUnavailable' }],
    ['a dropped connection', 3, { kind: 'drop' }, { status: 502, code: 'ProxyError.UpstreamUnavailable' }],
    ['broken JSON', 1, { kind: 'badJson' }, { status: 502, code: 'ProxyError.BadUpstreamResponse' }],
  ])('%s → answered after %i tries', async (_what, tries, fault, expected) => {
    upstream.emulator.faults.failNext(3, fault)
    expect(await call()).toMatchObject(expected)
    expect(transport.calls).toHaveLength(tries)
  })

  it('retries a throttled call and returns the first success', async () => {
    upstream.emulator.faults.failNext(1, fail('RequestLimitExceeded'))
    expect(await call()).toMatchObject({ status: 200, errorCode: null })
    expect(transport.calls.map((sent) => sent.method)).toEqual(['POST', 'POST'])
  })

  it('answers UpstreamTimeout when the emulator hangs past the deadline', async () => {
    upstream.emulator.faults.failNext(1, { kind: 'hang' })
    expect(await call({ timeoutMs: 100 })).toMatchObject({ status: 504, code: 'ProxyError.UpstreamTimeout' })
    expect(transport.calls).toHaveLength(1)
  })

  it("keeps the emulator's own refusal of a bad request as 400", async () => {
    expect(await call({}, { ...request, limit: 101 })).toMatchObject({
      status: 400,
      errorCode: 'InvalidParameterValue.InvalidParameterValueLimit',
    })
  })
})

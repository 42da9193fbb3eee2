import { describe, expect, it } from 'vitest'
import type { ImageV3 } from '../../core/describe-images-v3.js'
import type { Fault } from '../../emulator/faults/faults.js'
import { liveConfig, scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import { fakeEmulatorForSuite } from '../test-support/upstream-fixtures.js'

scanForSecretsAfterAll()

const upstream = fakeEmulatorForSuite()
const calls = upstream.transport.calls

async function proxy(env: Record<string, string> = {}) {
  const config = liveConfig(upstream.emulator.v3Endpoint, {
    TENCENTCLOUD_API: 'v3',
    CACHE_TTL_MS: '30000',
    ...env,
  })
  return startTestApp(config, { fetch: upstream.transport.fetch, random: () => 0 })
}

const imagesOf = (body: string) => JSON.parse(body).Response.ImageSet as ImageV3[]

describe('GET /api/DescribeImages with TENCENTCLOUD_API=v3', () => {
  it("POSTs to the 3.0 endpoint and passes the emulator's 3.0 body through unchanged", async () => {
    const { inject } = await proxy()
    const response = await inject(
      '/api/DescribeImages?Limit=2&Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE',
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['x-cache']).toBe('MISS')
    expect(calls).toMatchObject([{ method: 'POST', url: upstream.emulator.v3Endpoint }])
    expect(response.body).toBe(calls[0]?.answer)
    const images = imagesOf(response.body)
    expect(images).toHaveLength(2)
    expect(images[0]).toMatchObject({ ImageType: 'PUBLIC_IMAGE', ImageCreator: 'tencent' })
    expect(images[0]).toHaveProperty('ImageSize')
  })

  it.each([
    ['tag-key', 'env', (image: ImageV3) => image.Tags.some((tag) => tag.Key === 'env')],
    ['tag-value', 'prod', (image: ImageV3) => image.Tags.some((tag) => tag.Value === 'prod')],
    [
      'tag:env',
      'prod',
      (image: ImageV3) => image.Tags.some((tag) => tag.Key === 'env' && tag.Value === 'prod'),
    ],
  ])('lets the %s filter through to the emulator', async (name, value, matches) => {
    const { inject } = await proxy()
    const query = new URLSearchParams({ Limit: '100', 'Filters.0.Name': name, 'Filters.0.Values.0': value })
    const response = await inject(`/api/DescribeImages?${query}`)
    expect(response.statusCode).toBe(200)
    const images = imagesOf(response.body)
    expect(images.length).toBeGreaterThan(0)
    expect(images.every(matches)).toBe(true)
  })

  it.each([
    ['Limit=0', 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['Filters.0.Name=owner&Filters.0.Values.0=me', 'InvalidFilter'],
    ['Filters.0.Name=tag:&Filters.0.Values.0=x', 'InvalidFilter'],
    ['InstanceType=S5-MEDIUM2', 'InvalidInstanceType.Malformed'],
    ['InstanceType=', 'InvalidParameterValue'],
    ['Region=Guangzhou', 'InvalidRegion.NotFound'],
    ['Filters.0.Name=cdc-cache-status&Filters.0.Values.0=cached', 'InvalidParameterValue'],
    ['Token=x', 'UnknownParameter'],
  ])('refuses %s with 400 %s before any upstream call', async (query, code) => {
    const { inject } = await proxy()
    const response = await inject(`/api/DescribeImages?${query}`)
    expect(response.statusCode).toBe(400)
    expect(response.json().Response.Error.Code).toBe(code)
    expect(calls).toHaveLength(0)
  })

  it('sends InstanceType to the emulator, which answers only the images that family boots', async () => {
    const { inject } = await proxy()
    const arm = await inject('/api/DescribeImages?Limit=100&InstanceType=SR1.MEDIUM2')
    expect(arm.statusCode).toBe(200)
    expect(JSON.parse(calls[0]?.body ?? '{}')).toMatchObject({ InstanceType: 'SR1.MEDIUM2' })
    expect(imagesOf(arm.body).every((image) => image.Architecture === 'arm')).toBe(true)
    const x86 = await inject('/api/DescribeImages?Limit=100&InstanceType=SN3ne.LARGE8')
    expect(imagesOf(x86.body).every((image) => image.Architecture === 'x86_64')).toBe(true)
    const unknown = await inject('/api/DescribeImages?InstanceType=ZZ9.HUGE1')
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().Response.Error.Code).toBe('InvalidParameterValue.InstanceTypeNotFound')
  })

  it('passes a well-formed region the built-in list does not name; the emulator serves it', async () => {
    const { inject } = await proxy()
    const response = await inject('/api/DescribeImages?Region=ap-qingyuan&Limit=1')
    expect(response.statusCode).toBe(200)
    const missing = await inject('/api/DescribeImages?Region=ap-mars&Limit=1')
    expect(missing.statusCode).toBe(400)
    expect(missing.json().Response.Error.Code).toBe('InvalidRegion.NotFound')
    expect(calls).toHaveLength(2)
  })

  it('answers the same query from the cache, and shares identical calls in flight', async () => {
    const { inject } = await proxy()
    await inject('/api/DescribeImages?Limit=4')
    const again = await inject('/api/DescribeImages?Limit=4&Offset=0')
    expect(again.headers['x-cache']).toBe('HIT')
    expect(calls).toHaveLength(1)
    const open = upstream.transport.hold()
    const uncached = await proxy({ CACHE_TTL_MS: '0' })
    const pending = [1, 2, 3].map(() => uncached.inject('/api/DescribeImages?Limit=5'))
    await new Promise((resolve) => setImmediate(resolve))
    open()
    const responses = await Promise.all(pending)
    expect(responses.map((response) => response.headers['x-cache']).sort()).toEqual(['HIT', 'HIT', 'MISS'])
    expect(calls).toHaveLength(2)
  })
})

describe('GET /api/DescribeImages with TENCENTCLOUD_API=v3 maps upstream trouble as legacy does', () => {
  it.each<[string, number, string, Fault]>([
    [
      'AuthFailure',
      502,
      'AuthFailure.SignatureFailure',
      { kind: 'error', code: 'AuthFailure.SignatureFailure' },
    ],
    ['InvalidParameter', 400, 'InvalidParameter', { kind: 'error', code: 'InvalidParameter' }],
    ['RequestLimitExceeded', 429, 'RequestLimitExceeded', { kind: 'error', code: 'RequestLimitExceeded' }],
    [
      'RequestLimitExceeded.UinLimitExceeded',
      429,
      'RequestLimitExceeded.UinLimitExceeded',
      { kind: 'error', code: 'RequestLimitExceeded.UinLimitExceeded' },
    ],
    ['InternalError', 503, 'InternalError', { kind: 'error', code: 'InternalError' }],
    [
      'UnauthorizedOperation.PermissionDenied',
      403,
      'UnauthorizedOperation.PermissionDenied',
      { kind: 'error', code: 'UnauthorizedOperation.PermissionDenied' },
    ],
    [
      'AuthFailure.TokenFailure',
      502,
      'AuthFailure.TokenFailure',
      { kind: 'error', code: 'AuthFailure.TokenFailure' },
    ],
    ['HTTP 500', 502, 'ProxyError.UpstreamUnavailable', { kind: 'http500' }],
    ['a dropped connection', 502, 'ProxyError.UpstreamUnavailable', { kind: 'drop' }],
    ['broken JSON', 502, 'ProxyError.BadUpstreamResponse', { kind: 'badJson' }],
    ['a hang', 504, 'ProxyError.UpstreamTimeout', { kind: 'hang' }],
  ])('%s → HTTP %i %s, not cached', async (_what, status, code, fault) => {
    upstream.emulator.faults.failNext(3, fault)
    const { inject } = await proxy({ UPSTREAM_TIMEOUT_MS: '200' })
    const response = await inject('/api/DescribeImages?Limit=1')
    expect(response.statusCode).toBe(status)
    expect(response.json().Response.Error.Code).toBe(code)
    if (status === 429) expect(response.headers['retry-after']).toBe('1')
    if (status === 503) expect(response.headers['retry-after']).toBe('5')
    expect((await inject('/api/DescribeImages?Limit=1')).headers['x-cache']).toBe('MISS')
  })

  it('refuses a proxy signing with the wrong key as a bad gateway', async () => {
    const { inject } = await proxy({ TENCENTCLOUD_SECRET_KEY: 'SK-wrong' })
    const response = await inject('/api/DescribeImages')
    expect(response.statusCode).toBe(502)
    expect(response.json().Response.Error.Code).toBe('AuthFailure.SignatureFailure')
  })
})

describe('the browser API in the other mode', () => {
  it('refuses InstanceType with TENCENTCLOUD_API=legacy: the legacy API has no such parameter', async () => {
    const config = liveConfig(upstream.emulator.endpoint, { TENCENTCLOUD_API: 'legacy' })
    const { inject } = await startTestApp(config, { fetch: upstream.transport.fetch })
    const response = await inject('/api/DescribeImages?InstanceType=S5.MEDIUM2')
    expect(response.statusCode).toBe(400)
    expect(response.json().Response.Error.Code).toBe('UnknownParameter')
    expect(calls).toHaveLength(0)
  })

  it('keeps refusing tag filters with TENCENTCLOUD_API=legacy', async () => {
    const config = liveConfig(upstream.emulator.endpoint, { TENCENTCLOUD_API: 'legacy' })
    const { inject } = await startTestApp(config, { fetch: upstream.transport.fetch })
    const response = await inject('/api/DescribeImages?Filters.0.Name=tag-key&Filters.0.Values.0=env')
    expect(response.statusCode).toBe(400)
    expect(response.json().Response.Error.Code).toBe('InvalidFilter')
    expect(calls).toHaveLength(0)
  })

  it('says at /api/info that it speaks API 3.0 with TC3-HMAC-SHA256, and no secret', async () => {
    const { inject } = await proxy()
    const info = (await inject('/api/info')).json()
    expect(info).toMatchObject({ api: 'v3', signatureMethod: 'TC3-HMAC-SHA256' })
    expect(info.endpointHost).toBe(new URL(upstream.emulator.v3Endpoint).host)
  })
})

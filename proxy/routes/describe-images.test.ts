import type { ServerResponse } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  FAKE,
  liveConfig,
  logEntries,
  scanForSecretsAfterAll,
  startTestApp,
} from '../test-support/harness.js'
import {
  errorBody,
  hangUp,
  json,
  neverAnswer,
  okBody,
  startTestUpstream,
  type TestUpstream,
} from '../test-support/test-upstream.js'

scanForSecretsAfterAll()

let upstream: TestUpstream
beforeAll(async () => {
  upstream = await startTestUpstream()
})
afterEach(() => upstream.reset())
afterAll(() => upstream.close())

/** Backoff jitter of 0: retries go at once, so tests never wait on a timer. */
const instant = { random: () => 0 }

async function proxy(env: Record<string, string> = {}) {
  return startTestApp(liveConfig(upstream.endpoint, { CACHE_TTL_MS: '30000', ...env }), instant)
}

function expectEnvelope(response: { json(): unknown; headers: Record<string, unknown> }, code: string) {
  expect(response.json()).toEqual({
    Response: {
      Error: { Code: code, Message: expect.any(String) },
      RequestId: response.headers['x-request-id'],
    },
  })
}

const elevenFilters = Array.from(
  { length: 11 },
  (_, i) => `Filters.${i}.Name=image-type&Filters.${i}.Values.0=PUBLIC_IMAGE`,
)
const sixValues = Array.from({ length: 6 }, (_, i) => `Filters.0.Values.${i}=v${i}`)

describe('GET /api/DescribeImages refuses a bad query before any upstream call', () => {
  it.each([
    ['Limit=0', 'InvalidParameterValue.InvalidParameterValueLimit', 'Limit'],
    ['Limit=101', 'InvalidParameterValue.InvalidParameterValueLimit', 'Limit'],
    [
      'ImageIds.0=img-aaaaaaaa&Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE',
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
      'ImageIds',
    ],
    ['Filters.0.Name=owner&Filters.0.Values.0=me', 'InvalidFilter', 'Filters.0.Name'],
    ['Filters.0.Name=image-type&Filters.0.Values.0=GOLD', 'InvalidParameterValue', 'image-type'],
    ['Filters.0.Values.0=x', 'MissingParameter', 'Filters.0.Name'],
    [elevenFilters.join('&'), 'InvalidParameterValue.LimitExceeded', 'Filters'],
    [`Filters.0.Name=image-name&${sixValues.join('&')}`, 'InvalidParameterValue.LimitExceeded', 'Filters.0'],
    ['ImageIds.0=not-an-id', 'InvalidImageId.Malformed', 'ImageIds'],
    ['Offset=-1', 'InvalidParameterValue', 'Offset'],
    ['Offset=ten', 'InvalidParameter', 'Offset'],
    ['Limit=5&Limit=6', 'InvalidParameter', 'Limit'],
    ['Region=mars-north-1', 'InvalidRegion.NotFound', 'Region'],
    ['Action=RunInstances', 'InvalidAction.NotFound', 'RunInstances'],
    ['Version=2022-01-01', 'NoSuchVersion', '2022-01-01'],
    ['Foo=1', 'UnknownParameter', 'Foo'],
    [`SecretId=${FAKE.secretId}`, 'UnknownParameter', 'SecretId'],
    ['Signature=abc', 'UnknownParameter', 'Signature'],
    ['SignatureMethod=HmacSHA1', 'UnknownParameter', 'SignatureMethod'],
    ['Timestamp=1', 'UnknownParameter', 'Timestamp'],
    ['Nonce=1', 'UnknownParameter', 'Nonce'],
    ['Token=x', 'UnknownParameter', 'Token'],
  ])('%s → 400 %s naming %s', async (query, code, named) => {
    const { inject } = await proxy()
    const response = await inject(`/api/DescribeImages?${query}`)
    expect(response.statusCode).toBe(400)
    expectEnvelope(response, code)
    expect(response.json().Response.Error.Message).toContain(named)
    expect(upstream.calls).toHaveLength(0)
  })
})

describe('GET /api/DescribeImages forwards a good query', () => {
  it('passes the upstream body through unchanged, then answers the same query from the cache', async () => {
    const body = `${okBody('upstream-req-1', ['img-aaaaaaaa', 'img-bbbbbbbb'])}\n`
    upstream.respondWith(json(body))
    const { inject, logs } = await proxy()
    const first = await inject(
      '/api/DescribeImages?Limit=2&Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE',
    )
    expect(first.statusCode).toBe(200)
    expect(first.body).toBe(body)
    expect(first.headers['content-type']).toMatch(/^application\/json/)
    expect(first.headers['x-cache']).toBe('MISS')
    // Same request, other parameter order and index numbering: served from the cache.
    const second = await inject(
      '/api/DescribeImages?Filters.3.Values.7=PUBLIC_IMAGE&Filters.3.Name=image-type&Limit=2',
    )
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.body).toBe(body)
    expect(upstream.calls).toHaveLength(1)
    expect(upstream.calls[0]?.url.searchParams.get('Region')).toBe('ap-guangzhou')
    const lines = logEntries(logs).filter((entry) => entry.msg === 'request')
    expect(lines.map((line) => [line.status, line.cache, line.upstreamRequestId])).toEqual([
      [200, 'MISS', 'upstream-req-1'],
      [200, 'HIT', 'upstream-req-1'],
    ])
    expect(lines[0]).toMatchObject({
      method: 'GET',
      path: '/api/DescribeImages',
      reqId: first.headers['x-request-id'],
    })
    expect(lines[0]?.durationMs).toBeTypeOf('number')
  })

  it('answers from the cache with the same bytes every time, whatever the text holds', async () => {
    const image = { ImageId: 'img-aaaaaaaa', ImageDescription: '公共镜像 ✓ “quoted”' }
    const body = JSON.stringify({ Response: { ImageSet: [image], TotalCount: 1, RequestId: 'r-utf8' } })
    upstream.respondWith(json(body))
    const { inject } = await proxy()
    const answers = []
    for (let i = 0; i < 3; i++) answers.push(await inject('/api/DescribeImages?Limit=1'))
    expect(answers.map((answer) => answer.headers['x-cache'])).toEqual(['MISS', 'HIT', 'HIT'])
    for (const answer of answers) {
      expect(answer.body).toBe(body)
      expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(body)))
    }
    expect(upstream.calls).toHaveLength(1)
  })

  it('sends identical calls in flight upstream once', async () => {
    const held: ServerResponse[] = []
    upstream.respondWith((_call, response) => held.push(response))
    const { inject } = await proxy()
    const calls = [1, 2, 3].map(() => inject('/api/DescribeImages?Limit=3'))
    await upstream.waitForCalls(1)
    held[0]?.writeHead(200, { 'content-type': 'application/json' }).end(okBody('shared'))
    const responses = await Promise.all(calls)
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200])
    expect(responses.map((response) => response.headers['x-cache']).sort()).toEqual(['HIT', 'HIT', 'MISS'])
    expect(upstream.calls).toHaveLength(1)
  })

  it('does not cache with CACHE_TTL_MS=0', async () => {
    const { inject } = await proxy({ CACHE_TTL_MS: '0' })
    await inject('/api/DescribeImages')
    const again = await inject('/api/DescribeImages')
    expect(again.headers['x-cache']).toBe('MISS')
    expect(upstream.calls).toHaveLength(2)
  })

  it('answers HEAD like GET without a body', async () => {
    const { inject } = await proxy()
    const response = await inject({ method: 'HEAD', url: '/api/DescribeImages?Limit=1' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe('')
  })
})

describe('GET /api/DescribeImages maps upstream trouble', () => {
  it.each([
    ['AuthFailure.SignatureFailure', 502],
    ['InvalidParameter.SignatureFailure', 502],
    ['InvalidRequest.TokenCheckFailed', 502],
    // The legacy endpoint's bare AuthFailure: a sub-account without permission.
    ['AuthFailure', 403],
    ['InvalidRequest.Forbidden', 403],
    ['FailedOperation.SomethingNew', 502],
    ['InvalidParameterValue', 400],
    ['InvalidFilter', 400],
  ])('keeps the %s envelope unchanged with HTTP %i, and does not cache it', async (code, status) => {
    const body = errorBody(code, 'upstream-err-id')
    upstream.respondWith(json(body))
    const { inject } = await proxy()
    const response = await inject('/api/DescribeImages')
    expect(response.statusCode).toBe(status)
    expect(response.body).toBe(body)
    expect((await inject('/api/DescribeImages')).headers['x-cache']).toBe('MISS')
    expect(upstream.calls).toHaveLength(2)
  })

  it('answers an unavailable upstream with 503 and Retry-After after bounded retries', async () => {
    const body = errorBody('InternalError', 'down')
    upstream.respondWith(json(body))
    const { inject } = await proxy()
    const response = await inject('/api/DescribeImages')
    expect(response.statusCode).toBe(503)
    expect(response.headers['retry-after']).toBe('5')
    expect(response.body).toBe(body)
    expect(upstream.calls).toHaveLength(3)
  })

  it('answers a throttled upstream with 429 and Retry-After after bounded retries', async () => {
    upstream.respondWith(json(errorBody('RequestLimitExceeded', 'throttled')))
    const { inject } = await proxy()
    const response = await inject('/api/DescribeImages')
    expect(response.statusCode).toBe(429)
    expect(response.headers['retry-after']).toBe('1')
    expect(response.json().Response.Error.Code).toBe('RequestLimitExceeded')
    expect(upstream.calls).toHaveLength(3)
  })

  it.each([
    ['a 5xx', json('down', 503), 502, 'ProxyError.UpstreamUnavailable', {}],
    ['a dropped connection', hangUp, 502, 'ProxyError.UpstreamUnavailable', {}],
    ['broken JSON', json('{"Response":'), 502, 'ProxyError.BadUpstreamResponse', {}],
    ['no answer in time', neverAnswer, 504, 'ProxyError.UpstreamTimeout', { UPSTREAM_TIMEOUT_MS: '50' }],
  ])('turns %s into HTTP %i %s with the proxy RequestId', async (_what, responder, status, code, env) => {
    upstream.respondWith(responder)
    const { inject } = await proxy(env)
    const response = await inject('/api/DescribeImages')
    expect(response.statusCode).toBe(status)
    expectEnvelope(response, code)
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/)
  })

  it('answers 503 Busy at once when the upstream queue is full', async () => {
    const held: ServerResponse[] = []
    upstream.respondWith((_call, response) => held.push(response))
    const { inject } = await proxy({ UPSTREAM_MAX_CONCURRENT: '1' })
    // One call runs and four wait (four per slot); distinct offsets so nothing is coalesced.
    const running = [0, 1, 2, 3, 4].map((offset) => inject(`/api/DescribeImages?Offset=${offset}`))
    await upstream.waitForCalls(1)
    const refused = await inject('/api/DescribeImages?Offset=5')
    expect(refused.statusCode).toBe(503)
    expect(refused.headers['retry-after']).toBe('1')
    expectEnvelope(refused, 'ProxyError.Busy')
    for (let answered = 0; answered < 5; answered++) {
      await upstream.waitForCalls(answered + 1)
      held[answered]?.writeHead(200, { 'content-type': 'application/json' }).end(okBody(`id-${answered}`))
    }
    expect((await Promise.all(running)).map((response) => response.statusCode)).toEqual([
      200, 200, 200, 200, 200,
    ])
  })
})

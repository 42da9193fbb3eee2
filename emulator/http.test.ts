import { afterEach, describe, expect, it } from 'vitest'
import { signTc3 } from '../core/signing/tc3.js'
import { encodeV1Query } from '../core/signing/v1-query.js'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './config.js'
import { type RunningEmulator, startEmulator } from './server.js'
import { signedParams } from './test-support/test-client.js'

const credentials = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }
const started: RunningEmulator[] = []
let nonce = 1

async function start(faults = false): Promise<RunningEmulator> {
  const emulator = await startEmulator({ ...credentials, customImages: 20, faults })
  started.push(emulator)
  return emulator
}

/** Signed the way the proxy signs: the endpoint's host (with port) and path. */
function signedUrl(
  emulator: RunningEmulator,
  business: [string, string][] = [['Region', 'ap-guangzhou']],
): string {
  const host = new URL(emulator.endpoint).host
  const timestamp = Math.floor(Date.now() / 1000)
  return `${emulator.endpoint}?${encodeV1Query(signedParams(business, { ...credentials, host, timestamp, nonce: nonce++ }))}`
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((emulator) => emulator.close()))
})

describe('the emulator over real HTTP', () => {
  it('listens on 127.0.0.1 on an ephemeral port and answers a signed GET', async () => {
    const emulator = await start()
    expect(emulator.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emulator.endpoint).toBe(`${emulator.origin}/v2/index.php`)
    expect(emulator.v3Endpoint).toBe(`${emulator.origin}/`)
    const response = await fetch(
      signedUrl(emulator, [
        ['Region', 'ap-guangzhou'],
        ['Limit', '5'],
      ]),
    )
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.Response.ImageSet).toHaveLength(5)
  })

  it('answers a signed POST form body', async () => {
    const emulator = await start()
    const host = new URL(emulator.endpoint).host
    const params = signedParams(
      [
        ['Region', 'ap-tokyo'],
        ['ImageIds.0', 'img-eb30mz89'],
      ],
      {
        ...credentials,
        host,
        method: 'POST',
        timestamp: Math.floor(Date.now() / 1000),
        nonce: nonce++,
      },
    )
    const response = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: encodeV1Query(params),
    })
    expect((await response.json()).Response.ImageSet[0].ImageName).toBe('TencentOS Server 3.1 (TK4)')
  })

  it('answers an API 3.0 call at POST / signed the way the official SDK signs for an IP endpoint', async () => {
    const emulator = await start()
    const { hostname } = new URL(emulator.origin)
    const body = JSON.stringify({
      Filters: [{ Name: 'image-name', Values: ['TencentOS Server 3.1'] }],
      Limit: 5,
    })
    const timestamp = Math.floor(Date.now() / 1000)
    const contentType = 'application/json'
    const { authorization } = signTc3({
      ...credentials,
      service: hostname.split('.')[0] ?? '',
      timestamp,
      method: 'POST',
      host: hostname,
      contentType,
      payload: body,
    })
    expect(authorization).toContain('/127/tc3_request')
    const response = await fetch(emulator.v3Endpoint, {
      method: 'POST',
      headers: {
        authorization,
        'content-type': contentType,
        'x-tc-action': 'DescribeImages',
        'x-tc-version': '2017-03-12',
        'x-tc-region': 'ap-tokyo',
        'x-tc-timestamp': String(timestamp),
      },
      body,
    })
    expect(response.status).toBe(200)
    const result = (await response.json()).Response
    expect(result.Error).toBeUndefined()
    expect(result.ImageSet.map((image: { OsName: string }) => image.OsName)).toContain(
      'TencentOS Server 3.1 (TK4)',
    )
    expect(result.ImageSet[0]).toHaveProperty('ImageSize')
  })

  it('drops the connection when asked', async () => {
    const emulator = await start()
    emulator.faults.failNext(1, { kind: 'drop' })
    await expect(fetch(signedUrl(emulator))).rejects.toThrow()
    expect((await fetch(signedUrl(emulator))).status).toBe(200)
  })

  it('holds a hung request until the client goes away', async () => {
    const emulator = await start()
    emulator.faults.failNext(1, { kind: 'hang' })
    const controller = new AbortController()
    const hung = fetch(signedUrl(emulator), { signal: controller.signal })
    const health = await fetch(`${emulator.origin}/healthz`)
    expect(health.status).toBe(200)
    controller.abort()
    await expect(hung).rejects.toThrow()
    expect((await fetch(signedUrl(emulator))).status).toBe(200)
  })

  it('lets go of a hung request when it closes', async () => {
    const emulator = await startEmulator(credentials)
    emulator.faults.failNext(1, { kind: 'hang' })
    const hung = fetch(signedUrl(emulator))
    await fetch(`${emulator.origin}/healthz`)
    await emulator.close()
    await expect(hung).rejects.toThrow()
  })

  it('adds latency when asked', async () => {
    const emulator = await start()
    emulator.faults.setLatency(150)
    const started = performance.now()
    expect((await fetch(signedUrl(emulator))).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(145)
    emulator.faults.reset()
  })

  it('takes fault commands over HTTP when faults are enabled', async () => {
    const emulator = await start(true)
    const command = { next: { count: 1, fault: { kind: 'error', code: 'ResourceUnavailable' } } }
    const control = await fetch(`${emulator.origin}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(command),
    })
    expect(control.status).toBe(204)
    expect((await (await fetch(signedUrl(emulator))).json()).Response.Error.Code).toBe('ResourceUnavailable')
  })
})

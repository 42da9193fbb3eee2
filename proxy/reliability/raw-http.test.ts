/**
 * Requests exactly as bytes on a socket: inject and browsers normalize a URL (`..`, `%2e`) before sending it,
 * an attacker does not, and Node's own parser refuses some requests before any route sees them.
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendRaw, sendRawBytes } from '../../e2e/support/raw-http.js'
import {
  liveConfig,
  scanForSecretsAfterAll,
  scratchDir,
  startTestApp,
  type TestApp,
} from '../test-support/harness.js'
import { fuzzOptions } from '../test-support/query-arbitraries.js'

scanForSecretsAfterAll()

const OUTSIDE = 'outside the static root: never served'
const INDEX = '<!doctype html><title>CVM Image Browser</title>'
const ASSET = 'console.log("app")'

let proxy: TestApp
let port: number
beforeAll(async () => {
  const parent = scratchDir('reach-static-')
  writeFileSync(path.join(parent, 'outside.txt'), OUTSIDE)
  writeFileSync(path.join(parent, 'package.json'), OUTSIDE)
  const staticRoot = path.join(parent, 'dist')
  mkdirSync(path.join(staticRoot, 'assets'), { recursive: true })
  writeFileSync(path.join(staticRoot, 'index.html'), INDEX)
  writeFileSync(path.join(staticRoot, 'assets', 'app.js'), ASSET)
  writeFileSync(path.join(staticRoot, '.env'), OUTSIDE)
  // Nothing listens on port 9: no upstream is ever reached from this file.
  proxy = await startTestApp({ ...liveConfig('http://127.0.0.1:9/v2/index.php'), staticRoot })
  await proxy.app.listen({ host: '127.0.0.1', port: 0 })
  port = (proxy.app.server.address() as AddressInfo).port
})
afterAll(() => proxy.app.close())

const send = (target: string, headers?: Record<string, string>) => sendRaw(port, target, headers)
const sendBytes = (bytes: string) => sendRawBytes(port, bytes)

function expectEnvelope(body: string, code: string): void {
  expect(JSON.parse(body)).toStrictEqual({
    Response: { Error: { Code: code, Message: expect.any(String) }, RequestId: expect.any(String) },
  })
}

const SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '..%2f..',
  '..%5c..',
  '..\\..',
  '%252e%252e',
  '%c0%ae%c0%ae',
  '',
  'assets',
  'outside.txt',
  'package.json',
  '.env',
  'index.html',
  'app.js',
  'api',
  '%00',
  '..;',
  '%2f',
]

describe('raw HTTP: static files', () => {
  it('never serves a file outside the static root, however the path is spelled', async () => {
    const target = fc
      .array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 6 })
      .map((segments) => `/${segments.join('/')}`)
    await fc.assert(
      fc.asyncProperty(target, fc.boolean(), async (raw, wantsHtml) => {
        const answer = await send(raw, wantsHtml ? { accept: 'text/html' } : {})
        expect(answer.status).toBeLessThan(500)
        expect(answer.body).not.toContain(OUTSIDE)
        if (answer.status === 200) expect([INDEX, ASSET]).toContain(answer.body)
        else if (wantsHtml && answer.body.startsWith('<!doctype html>')) {
          expect(answer.status).toBe(404)
          expect(answer.body).toContain('Page not found')
        } else
          expect(JSON.parse(answer.body).Response.Error.Code).toMatch(/^(ResourceNotFound|InvalidRequest)$/)
      }),
      fuzzOptions(400),
    )
  }, 60_000)
})

describe('raw HTTP: oversized and unreadable requests', () => {
  it.each([
    ['a 9 KB query', 414, 9_000],
    ['a 20 KB query, beyond what Node parses', 400, 20_000],
  ])('answers %s with HTTP %i and RequestSizeLimitExceeded in the envelope', async (_what, status, size) => {
    const answer = await send(
      `/api/DescribeImages?Filters.0.Name=image-name&Filters.0.Values.0=${'x'.repeat(size)}`,
    )
    expect(answer.status).toBe(status)
    expectEnvelope(answer.body, 'RequestSizeLimitExceeded')
  })

  it('answers headers beyond 16 KB with 400 and the envelope', async () => {
    const answer = await send('/api/info', { 'x-padding': 'p'.repeat(20_000) })
    expect(answer.status).toBe(400)
    expectEnvelope(answer.body, 'RequestSizeLimitExceeded')
  })

  it('answers a path whose escapes do not decode with 400 InvalidRequest, its request id and a log line', async () => {
    const answer = await send('/api/DescribeImages%c0%ae')
    expect(answer.status).toBe(400)
    expectEnvelope(answer.body, 'InvalidRequest')
    expect(answer.body).not.toContain('%c0')
    const requestId = JSON.parse(answer.body).Response.RequestId
    expect(answer.headers['x-request-id']).toBe(requestId)
    expect(proxy.logs.some((line) => line.includes(requestId))).toBe(true)
  })

  it('logs an unreadable request by its parser code only, never its bytes', async () => {
    const authorization = Buffer.from(`ops:${OUTSIDE}`).toString('base64')
    const answer = await sendBytes(`GET /\u0001 HTTP/1.1\r\nAuthorization: Basic ${authorization}\r\n\r\n`)
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    const line = proxy.logs.findLast((entry) => entry.includes('client error')) ?? ''
    expect(JSON.parse(line)).toMatchObject({ status: 400, reason: expect.stringMatching(/^HPE_/) })
    expect(proxy.logs.join('')).not.toContain(authorization)
  })

  it.each([
    ['a control byte in the path', 'GET /api/\u0001 HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a broken request line', 'GET\r\n\r\n'],
    ['an unknown HTTP version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost x\r\n\r\n'],
  ])('answers %s with 400 InvalidRequest in the envelope', async (_what, bytes) => {
    const answer = await sendBytes(bytes)
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expectEnvelope(answer.slice(answer.indexOf('\r\n\r\n') + 4), 'InvalidRequest')
  })
})

/**
 * Reach and browser security against the real server (`npm start` in demo mode, as the suite runs it): the CSP
 * holds with the app working under it, other origins cannot read the API, and requests sent byte for byte
 * (no URL normalization, unlike a browser) reach nothing but this server's own routes and files.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bodyRows, COLUMN, openApp } from './support/app'
import { expect, test } from './support/fixtures'
import { sendRaw } from './support/raw-http'
import { workerApp } from './support/worker-app'

/** Byte-for-byte requests to this worker's app. */
const send = (target: string, headers?: Record<string, string>) =>
  sendRaw(Number(new URL(workerApp().url).port), target, headers)

test('the CSP forbids inline scripts, and the app works under it without a single violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = []
    Object.assign(window, { cspViolations: violations })
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective))
  })
  const messages: string[] = []
  page.on('console', (message) => messages.push(message.text()))
  const answer = await page.goto('/')
  const csp = (await answer?.allHeaders())?.['content-security-policy'] ?? ''
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("connect-src 'self'")
  await openApp(page, '?sort=name:asc')
  await bodyRows(page).first().getByRole('cell').nth(COLUMN.name).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
    [],
  )
  expect(messages.filter((text) => /Content Security Policy|Refused to/.test(text))).toEqual([])
})

test('a page on another origin cannot read the API, and no answer grants one', async ({ page, request }) => {
  await page.route('http://evil.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }),
  )
  await page.goto('http://evil.test/')
  const outcome = await page.evaluate(async (url) => {
    try {
      await (await fetch(url)).text()
      return 'read'
    } catch {
      return 'blocked'
    }
  }, `${workerApp().url}/api/DescribeImages?Limit=1`)
  expect(outcome).toBe('blocked')
  for (const method of ['GET', 'OPTIONS'] as const) {
    const answer = await request.fetch('/api/DescribeImages?Limit=1', {
      method,
      headers: { origin: 'http://evil.test', 'access-control-request-method': 'GET' },
    })
    expect(Object.keys(answer.headers()).filter((name) => name.startsWith('access-control-'))).toEqual([])
  }
})

test('Host games and absolute URLs are answered by this server alone', async () => {
  const viaHost = await send('/api/DescribeImages?Limit=2', { host: 'evil.example' })
  expect(viaHost.status).toBe(200)
  expect(JSON.parse(viaHost.body).Response.ImageSet).toHaveLength(2)
  const absolute = await send('http://evil.example/api/info', { host: 'evil.example' })
  expect(absolute.status).toBe(200)
  expect(JSON.parse(absolute.body)).toMatchObject({
    mode: 'demo',
    endpointHost: expect.stringMatching(/^127\.0\.0\.1:/),
  })
  const forwarded = await send('/api/DescribeImages?Limit=1', {
    'x-forwarded-host': 'evil.example',
    'x-original-url': '/api/RunInstances',
  })
  expect(forwarded.status).toBe(200)
})

test('encoded slashes and dot segments never reach a file outside dist/', async () => {
  for (const target of [
    '/../package.json',
    '/assets/../../package.json',
    '/..%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/assets%2f..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/%c0%ae%c0%ae/package.json',
    '/api/..%2f..%2fpackage.json',
  ]) {
    const answer = await send(target, { accept: 'text/html' })
    expect(answer.status, target).toBeLessThan(500)
    expect(answer.body, target).not.toContain('"name": "cvm-image-browser"')
    if (answer.status !== 200) expect(JSON.parse(answer.body).Response.Error.Code, target).toBeTruthy()
  }
})

test('an oversized query gets 414, or 400 beyond what HTTP parses, in the envelope', async () => {
  for (const [size, status] of [
    [9_000, 414],
    [20_000, 400],
  ] as const) {
    const answer = await send(
      `/api/DescribeImages?Filters.0.Name=image-name&Filters.0.Values.0=${'x'.repeat(size)}`,
    )
    expect(answer.status).toBe(status)
    expect(JSON.parse(answer.body).Response.Error.Code).toBe('RequestSizeLimitExceeded')
  }
})

const START_REFUSALS = [
  ['bound off loopback without BASIC_AUTH', { HOST: '0.0.0.0' }, 'BASIC_AUTH'],
  [
    'a role to assume without a base key',
    { TENCENTCLOUD_ROLE_ARN: 'qcs::cam::uin/1:roleName/r' },
    'TENCENTCLOUD_ROLE_ARN',
  ],
  [
    'three of the four TKE variables',
    { TKE_REGION: 'ap-guangzhou', TKE_PROVIDER_ID: 'p', TKE_ROLE_ARN: 'qcs::cam::uin/1:roleName/r' },
    'TKE_WEB_IDENTITY_TOKEN_FILE',
  ],
  [
    'a metadata endpoint without the CVM role',
    { TENCENTCLOUD_METADATA_ENDPOINT: 'http://127.0.0.1:1' },
    'TENCENTCLOUD_METADATA_ENDPOINT',
  ],
] as const

for (const [label, env, variable] of START_REFUSALS) {
  test(`${label}: the proxy refuses to start with one line naming ${variable}`, async () => {
    const child = spawn(process.execPath, ['dist-server/proxy/main.js'], {
      // An empty home: the proxy must not find a credentials file of whoever runs the suite.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: mkdtempSync(path.join(tmpdir(), 'e2e-home-')),
        PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(1)
    expect(output.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^Invalid configuration: ${variable}: `)),
    ])
  })
}

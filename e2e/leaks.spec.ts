/**
 * The leak scan: a proxy of its own, in live mode with a distinctive secret key and session token as the base
 * key of an STS AssumeRole, signing with the role's temporary keys for an emulator of its own that checks them
 * all (60-second keys, so several rotate during the session). A whole session runs through it (pages, filters, paging, the drawer,
 * upstream faults, good, bad and hostile API calls, shutdown), and every answer body and header, every page's
 * HTML, every console message and every log line of both processes is searched for the key and the token.
 */
import type { APIResponse, BrowserContext, Page } from '@playwright/test'
import { clearFaults, setFaults } from '../scripts/lib/emulator-faults'
import { LEGACY_API_PATH } from '../scripts/lib/paths'
import { type StartedApp, startApp } from '../scripts/lib/start-app'
import { bodyRows, COLUMN, openApp } from './support/app'
import { expect, test } from './support/fixtures'

// Characters that read differently raw, URL-encoded, JSON-escaped and base64-encoded.
const SECRET_ID = 'AKIDe2eLeakScan0000000000000000000000'
const SECRET_KEY = 'E2E/leak+Secret=Key"4c7e91d2\\x'
const TOKEN = 'E2E-leak-Token/7a3f+b19e=ffff<'

const forms = (secret: string) => [
  secret,
  encodeURIComponent(secret),
  JSON.stringify(secret).slice(1, -1),
  Buffer.from(secret).toString('base64'),
]
const SECRET_FORMS = [...forms(SECRET_KEY), ...forms(TOKEN)]
const ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/leak-scan'

/** The temporary secret keys and tokens the emulator issued, in every form. */
async function issuedSecretForms(): Promise<string[]> {
  const answer = await fetch(`${emulator.url}/__emulator/identity/keys`)
  const keys = (await answer.json()) as Array<{ secretKey: string; sessionToken: string }>
  expect(keys.length).toBeGreaterThan(0)
  return keys.flatMap((key) => [...forms(key.secretKey), ...forms(key.sessionToken)])
}

let emulator: StartedApp
let proxy: StartedApp
const seen: string[] = []

test.beforeAll(async () => {
  emulator = await startApp({
    program: 'emulator',
    faults: true,
    env: {
      EMULATOR_SECRET_ID: SECRET_ID,
      EMULATOR_SECRET_KEY: SECRET_KEY,
      EMULATOR_SESSION_TOKEN: TOKEN,
      EMULATOR_CREDENTIAL_TTL_S: '60',
    },
  })
  proxy = await startApp({
    env: {
      TENCENTCLOUD_SECRET_ID: SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: SECRET_KEY,
      TENCENTCLOUD_SESSION_TOKEN: TOKEN,
      TENCENTCLOUD_ROLE_ARN: ROLE_ARN,
      TENCENTCLOUD_STS_ENDPOINT: `${emulator.url}/sts/`,
      IMAGE_API_ENDPOINT: `${emulator.url}${LEGACY_API_PATH}`,
      // The most talkative level: whatever the proxy can log, it logs here.
      LOG_LEVEL: 'trace',
    },
  })
})

test.afterAll(async () => {
  await Promise.all([proxy?.stop(), emulator?.stop()])
})

async function record(response: APIResponse | null): Promise<APIResponse | null> {
  if (response) seen.push(response.url(), JSON.stringify(response.headers()), await response.text())
  return response
}

function watch(context: BrowserContext, page: Page): void {
  context.on('response', async (response) => {
    seen.push(response.url(), JSON.stringify(await response.allHeaders()))
    seen.push(await response.text().catch(() => ''))
  })
  page.on('console', (message) => seen.push(message.text()))
  page.on('pageerror', (error) => seen.push(String(error)))
}

test('no answer, page, console message or log line carries the secret key or token', async ({ browser }) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ baseURL: proxy.url })
  const page = await context.newPage()
  watch(context, page)

  await openApp(page)
  for (const view of ['?region=ap-tokyo&type=custom&sort=created:desc', '?name=CentOS&page=2&size=50']) {
    await openApp(page, view)
    seen.push(await page.content())
  }
  await bodyRows(page).first().getByRole('cell').nth(COLUMN.name).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  seen.push(await page.content())
  await page.keyboard.press('Escape')

  for (const fault of [
    { kind: 'error', code: 'AuthFailure.SignatureFailure' },
    { kind: 'http500' },
    { kind: 'badJson' },
  ]) {
    await setFaults(emulator.faultsUrl, { next: { count: 20, fault } })
    await page.goto(`/?region=ap-seoul&page=${seen.length}`)
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load images' })).toBeVisible()
    seen.push(await page.content())
    await clearFaults(emulator.faultsUrl)
  }

  const api = context.request
  for (const query of [
    'Limit=3',
    `SecretId=${SECRET_ID}`,
    'Token=x',
    'Signature=x',
    'Action=RunInstances',
    `x=${'y'.repeat(9000)}`,
  ]) {
    await record(await api.get(`/api/DescribeImages?${query}`))
  }
  for (const path of [
    '/api/info',
    '/readyz',
    '/healthz',
    '/api/Nothing',
    '/robots.txt',
    '/assets/none.js',
    '/..%2fpackage.json',
  ]) {
    await record(await api.get(path))
  }
  await record(await api.post('/api/DescribeImages', { data: { SecretKey: 'x' } }))
  await record(await api.head('/api/DescribeImages?Limit=1'))
  await context.close()
  const issuedForms = await issuedSecretForms()
  // Shutdown writes lines too: stop before scanning the logs.
  await proxy.stop()
  await emulator.stop()

  const logLines = [...proxy.lines, ...emulator.lines]
  const requestLines = proxy.lines.filter((line) => line.includes('"msg":"request"'))
  // Not vacuous: real signed calls went through (the emulator refuses any without the right key and token).
  expect(requestLines.some((line) => /"status":200,.*"upstreamRequestId":"[0-9a-f-]{36}"/.test(line))).toBe(
    true,
  )
  expect(seen.length).toBeGreaterThan(50)
  expect(requestLines.length).toBeGreaterThan(20)
  const secretForms = [...SECRET_FORMS, ...issuedForms]
  const leaks = [...seen, ...logLines].filter((text) => secretForms.some((form) => text.includes(form)))
  expect(leaks).toEqual([])
  console.log(
    `leaks: ${seen.length} answers, pages and messages and ${logLines.length} log lines scanned, 0 leaks`,
  )
})

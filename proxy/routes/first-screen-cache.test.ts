import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PageRenderer } from '../../core/page-render.js'
import type { RunningEmulator } from '../../emulator/server.js'
import * as built from '../../web/entry-server.js'
import { countingFetch } from '../test-support/counting-fetch.js'
import { liveConfig, scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import {
  HTML_ACCEPT,
  PAGE_TEMPLATE,
  startRenderEmulator,
  templateRoot,
} from '../test-support/render-fixture.js'

scanForSecretsAfterAll()

const html = HTML_ACCEPT

let emulator: RunningEmulator
let staticRoot: string
const upstream = countingFetch()

beforeAll(async () => {
  emulator = await startRenderEmulator()
  staticRoot = templateRoot('proxy-render-cache-')
})
afterEach(() => upstream.reset())
afterAll(() => emulator.close())

/** The built renderer, counting its renders. */
async function proxy(env: Record<string, string> = {}) {
  let renders = 0
  const renderer: PageRenderer = {
    renderPage: (input) => {
      renders++
      return built.renderPage(input)
    },
  }
  const settings = { SSR: '1', SSR_DATA_DEADLINE_MS: '10000', ...env }
  const config = { ...liveConfig(emulator.endpoint, settings), staticRoot }
  const app = await startTestApp(config, { fetch: upstream.fetch, random: () => 0, renderer })
  const page = async (url: string, headers: Record<string, string> = {}) =>
    (await app.inject({ url, headers: { ...html, ...headers } })).body
  return { ...app, page, renders: () => renders }
}

describe('rendered pages kept with their answers', () => {
  it('renders a view once, and again for each language, time zone, theme, review and page', async () => {
    const { page, renders } = await proxy()
    const first = await page('/')
    expect(await page('/')).toBe(first)
    expect(renders()).toBe(1)
    for (const url of ['/?lang=zh-CN', '/?tz=utc', '/?theme=dark', '/?review=1', '/?page=2']) await page(url)
    await page('/', { 'accept-language': 'zh-CN' })
    expect(renders()).toBe(7)
    for (const url of ['/', '/?lang=zh-CN', '/?tz=utc', '/?theme=dark', '/?review=1', '/?page=2'])
      await page(url)
    expect(renders()).toBe(7)
    expect(upstream.calls).toBe(2)
  })

  it('renders again once Refresh has brought a new answer for its rows', async () => {
    const { page, renders, inject } = await proxy()
    const before = await page('/?page=3')
    const refresh = { 'cache-control': 'no-cache' }
    const api = await inject({ url: '/api/DescribeImages?Offset=40&Limit=20', headers: refresh })
    const { RequestId } = JSON.parse(api.body).Response as { RequestId: string }
    expect(before).not.toContain(RequestId)
    // The page carries the new answer (its data block holds the whole body, RequestId included).
    expect(await page('/?page=3')).toContain(RequestId)
    expect(renders()).toBe(2)
    expect(upstream.calls).toBe(2)
  })

  it('renders every time when answers are not kept (CACHE_TTL_MS=0)', async () => {
    const { page, renders } = await proxy({ CACHE_TTL_MS: '0' })
    await page('/?page=4')
    await page('/?page=4')
    expect(renders()).toBe(2)
  })

  it('keeps no static shell: a page served without rows is rendered again next time', async () => {
    emulator.faults.failNext(1, { kind: 'error', code: 'AuthFailure.SignatureFailure' })
    const { page, renders } = await proxy()
    expect(await page('/?page=5')).toBe(PAGE_TEMPLATE)
    expect(await page('/?page=5')).not.toBe(PAGE_TEMPLATE)
    expect(renders()).toBe(2)
  })
})

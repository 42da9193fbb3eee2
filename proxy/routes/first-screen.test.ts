import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../emulator/server.js'
import * as renderer from '../../web/entry-server.js'
import { countingFetch } from '../test-support/counting-fetch.js'
import { liveConfig, scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import {
  HTML_ACCEPT,
  PAGE_STYLES,
  PAGE_TEMPLATE,
  startRenderEmulator,
  templateRoot,
} from '../test-support/render-fixture.js'

scanForSecretsAfterAll()

const html = HTML_ACCEPT

let emulator: RunningEmulator
let staticRoot: string
/** Real HTTP to the emulator, counted. */
const upstream = countingFetch()

beforeAll(async () => {
  emulator = await startRenderEmulator()
  staticRoot = templateRoot('proxy-render-')
})
afterEach(() => {
  emulator.faults.reset()
  upstream.reset()
})
afterAll(() => emulator.close())

/** A deadline no busy machine reaches, but where a test sets its own: the render waits for its rows. */
function proxy(env: Record<string, string> = {}) {
  const settings = { SSR: '1', SSR_DATA_DEADLINE_MS: '10000', ...env }
  const config = { ...liveConfig(emulator.endpoint, settings), staticRoot }
  return startTestApp(config, { fetch: upstream.fetch, random: () => 0, renderer })
}

/** The page's text without its tags, spaces squeezed. */
const text = (page: string) => page.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ')

/** The JSON data block the page carries for hydration. */
function pageData(page: string) {
  const block = /<script type="application\/json" id="first-screen">([^<]*)<\/script>/.exec(page)
  return block ? (JSON.parse(block[1] ?? '') as { language: string; page: unknown }) : null
}

describe('the server render of a page URL', () => {
  it.each([
    ['', /Guangzhou \(ap-guangzhou\) · No filters · \d+ images · page 1 of \d+, rows 1–20/],
    ['?page=2&size=10', /page 2 of \d+, rows 11–20/],
    ['?type=custom&review=1', /Guangzhou \(ap-guangzhou\) · Type: Custom · \d+ images/],
    ['?region=ap-tokyo&cols=name,id&density=compact', /Tokyo \(ap-tokyo\)/],
  ])('renders the rows and the stamp of %s', async (query, stamp) => {
    const { inject } = await proxy()
    const page = await inject({ url: `/${query}`, headers: html })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(text(page.body)).toMatch(stamp)
    expect(page.body.match(/id="image-row-img-/g)?.length).toBeGreaterThanOrEqual(10)
    expect(pageData(page.body)?.page).not.toBeNull()
  })

  it('writes the style sheet into the rendered page, so its first paint waits for no other request', async () => {
    const { inject } = await proxy()
    const page = await inject({ url: '/', headers: html })
    expect(page.body).toContain(`<style>${PAGE_STYLES}</style>`)
    expect(page.body).not.toContain('rel="stylesheet"')
    // The static shell, cached by the browser, links it as built.
    expect((await inject({ url: '/index.html', headers: html })).body).toBe(PAGE_TEMPLATE)
  })

  it('renders in the language of the URL, else of Accept-Language, with the theme on <html>', async () => {
    const { inject } = await proxy()
    const chinese = await inject({ url: '/?lang=zh-CN&theme=dark', headers: html })
    expect(chinese.body).toContain('<html lang="zh-CN" data-theme="dark">')
    expect(chinese.body).toContain('<title>CVM 镜像浏览器</title>')
    expect(pageData(chinese.body)?.language).toBe('zh-CN')
    const browser = await inject({ url: '/', headers: { ...html, 'accept-language': 'fr;q=0.9, zh-TW' } })
    expect(browser.body).toContain('<html lang="zh-CN">')
    const review = await inject({ url: '/?review=1', headers: html })
    expect(review.body).toContain('<html lang="en" data-theme="light" data-review="">')
  })

  it('renders a sort across pages as the API’s first page, saying the sort needs the script', async () => {
    const { inject } = await proxy()
    const page = await inject({ url: '/?sort=name', headers: html })
    expect(text(page.body)).toContain('sorted by Name ↑ (loading every page to sort)')
    expect(text(page.body)).toMatch(/needs JavaScript: showing the API(&#x27;|')s order, this page only/)
    expect(pageData(page.body)?.page).not.toBeNull()
    expect(upstream.calls).toBe(1)
  })

  it('makes one upstream call per page URL, which the browser’s own call then shares', async () => {
    const { inject } = await proxy()
    await inject({ url: '/?page=3', headers: html })
    await inject({ url: '/?page=3', headers: html })
    const api = await inject('/api/DescribeImages?Offset=40&Limit=20')
    expect(api.headers['x-cache']).toBe('HIT')
    expect(upstream.calls).toBe(1)
  })

  it('serves the static shell at once past SSR_DATA_DEADLINE_MS, the call going on for the browser', async () => {
    emulator.faults.setLatency(1_500)
    const { inject } = await proxy({ SSR_DATA_DEADLINE_MS: '100' })
    const started = performance.now()
    const page = await inject({ url: '/?page=4', headers: html })
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(page.body).toBe(PAGE_TEMPLATE)
    const api = await inject('/api/DescribeImages?Offset=60&Limit=20')
    expect(api.statusCode).toBe(200)
    expect(upstream.calls).toBe(1)
  })

  it('serves the static shell when the upstream answers an error, and the browser then meets it', async () => {
    emulator.faults.failNext(1, { kind: 'error', code: 'AuthFailure.SignatureFailure' })
    const { inject } = await proxy()
    const page = await inject({ url: '/?page=5', headers: html })
    expect(page.statusCode).toBe(200)
    expect(page.body).toBe(PAGE_TEMPLATE)
  })

  it('serves the static shell with SSR=0, and the static build for everything else', async () => {
    const { inject } = await proxy({ SSR: '0' })
    expect((await inject({ url: '/', headers: html })).body).toBe(PAGE_TEMPLATE)
    expect(upstream.calls).toBe(0)
    const rendering = await proxy()
    expect((await rendering.inject({ url: '/index.html', headers: html })).body).toBe(PAGE_TEMPLATE)
  })

  it('escapes the page data so that no value closes its block', async () => {
    const { inject } = await proxy()
    const page = await inject({ url: '/?type=custom&name=%3C%2Fscript%3E%3Cb%3E', headers: html })
    expect(page.body).not.toContain('</script><b>')
    expect(page.body.match(/<\/script>/g)?.length).toBe(2)
  })
})

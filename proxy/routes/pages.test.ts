import { beforeAll, describe, expect, it } from 'vitest'
import type { Config } from '../config/config.js'
import { liveConfig, makeStaticRoot, scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'

scanForSecretsAfterAll()

let staticRoot: string
beforeAll(() => {
  staticRoot = makeStaticRoot()
})

/** No upstream is ever called here: nothing listens on port 9. */
function config(overrides: Partial<Config> = {}): Config {
  return { ...liveConfig('http://127.0.0.1:9/v2/index.php'), staticRoot, ...overrides }
}

const html = { accept: 'text/html,application/xhtml+xml' }

describe('pages', () => {
  it('serves index.html at / and the built assets', async () => {
    const { inject } = await startTestApp(config())
    const index = await inject({ url: '/', headers: html })
    expect(index.statusCode).toBe(200)
    expect(index.body).toContain('CVM Image Browser')
    const asset = await inject('/assets/app.js')
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
  })

  it('lets a browser keep the hashed build output for a year, and ask again for the rest', async () => {
    const { inject } = await startTestApp(config())
    const hashed = await inject('/assets/index-BymLe6xh.css')
    expect(hashed.statusCode).toBe(200)
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await inject('/assets/app.js')).headers['cache-control']).toBe('public, max-age=0')
    expect((await inject({ url: '/', headers: html })).headers['cache-control']).not.toMatch(/immutable/)
  })

  it('serves the app at / with its query, and a small HTML page for any other page address', async () => {
    const { inject } = await startTestApp(config())
    expect((await inject({ url: '/?region=ap-tokyo', headers: html })).body).toContain('CVM Image Browser')
    const missing = await inject({ url: '/foo', headers: html })
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['content-type']).toMatch(/^text\/html/)
    expect(missing.body).toContain('Page not found')
    expect(missing.body).toContain('<code>/foo</code>')
    expect(missing.body).toContain('<a href="/">')
  })

  it('keeps the JSON envelope for API paths, assets and non-browser requests', async () => {
    const { inject } = await startTestApp(config())
    const api = await inject({ url: '/api/nothing', headers: html })
    expect(api.statusCode).toBe(404)
    expect(api.json().Response.Error.Code).toBe('ResourceNotFound')
    expect(
      (await inject({ url: '/images/some-view', headers: { accept: 'application/json' } })).statusCode,
    ).toBe(404)
    expect((await inject({ url: '/assets/missing.js', headers: html })).statusCode).toBe(404)
    expect((await inject({ url: '/robots.txt', headers: html })).statusCode).toBe(404)
  })

  it.each([
    '/..%2foutside.txt',
    '/..%2f..%2foutside.txt',
    '/%2e%2e/outside.txt',
    '/%2e%2e%2foutside.txt',
    '/assets/..%2f..%2foutside.txt',
    '/..%5coutside.txt',
    '/assets%2fapp.js',
  ])('never serves %s', async (url) => {
    const { inject } = await startTestApp(config())
    const response = await inject({ url, headers: html })
    expect(response.statusCode).toBe(404)
    expect(response.body).not.toContain('outside the static root')
  })

  it('serves no pages with SERVE_STATIC=0', async () => {
    const { inject } = await startTestApp(config({ staticRoot: null }))
    expect((await inject({ url: '/', headers: html })).statusCode).toBe(404)
  })
})

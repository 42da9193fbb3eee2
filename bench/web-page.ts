/** One page load at a time in Chromium, and the timings taken inside the page (bench/page-probes.js). */
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, ElementHandle, Page } from '@playwright/test'
import { ROOT } from '../scripts/lib/paths.js'

/** What the first load fetched: scripts and style sheets, gzipped and raw. */
export interface PageBytes {
  jsGzip: number
  cssGzip: number
  jsRaw: number
  cssRaw: number
  files: { file: string; gzip: number }[]
}

/** A fresh context (empty HTTP cache) per load, so every load is a first load. */
export async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.addInitScript({ path: path.join(ROOT, 'bench', 'page-probes.js') })
    return await use(page)
  } finally {
    await context.close()
  }
}

interface ClickResult {
  ms: number
  status: string
  /** The first column (names) of the rows shown when the click's result appeared. */
  names: string[]
}

/** Clicks `target` inside the page and times it there (page-probes.js). */
export function timeClick(
  page: Page,
  target: ElementHandle | null,
  until: 'rows' | 'sorted',
): Promise<ClickResult> {
  if (!target) throw new Error('the element to click is not on the page')
  type Probes = { __benchProbes: { timeClick: (t: Node, u: string) => Promise<ClickResult> } }
  return page.evaluate(
    ([element, condition]) => (window as unknown as Probes).__benchProbes.timeClick(element, condition),
    [target, until] as const,
  )
}

export async function firstRowsMs(page: Page, url: string): Promise<number> {
  return (await firstRowsTimes(page, url)).dom
}

/** From navigation start: the first image row in the DOM, and the first painted frame that shows it. */
export async function firstRowsTimes(page: Page, url: string): Promise<{ dom: number; painted: number }> {
  await page.goto(url)
  type Probed = { __firstRowsAt?: number; __firstRowsPaintedAt?: number }
  const handle = await page.waitForFunction(() => {
    const probed = window as Probed
    return probed.__firstRowsPaintedAt && { dom: probed.__firstRowsAt, painted: probed.__firstRowsPaintedAt }
  })
  return (await handle.jsonValue()) as { dom: number; painted: number }
}

/**
 * Every script and style sheet the first load of `path` fetches, lazy chunks included, until the network is
 * idle (`/?lang=zh-CN` for the Chinese page, whose catalogue replaces the English one). A style sheet the page
 * carries inline (the server-rendered page does) counts as a style sheet.
 */
/** The text of the page's own `<style>` elements, as one style sheet. */
function inlineSheets(file: string, page: Buffer): { type: string; file: string; body: Buffer } {
  const sheets = [...page.toString('utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1])
  return { type: 'stylesheet', file: `${file} (inline)`, body: Buffer.from(sheets.join('\n')) }
}

export async function measureBytes(browser: Browser, origin: string, path = '/'): Promise<PageBytes> {
  return withPage(browser, async (page) => {
    const bodies: Promise<{ type: string; file: string; body: Buffer }>[] = []
    page.on('response', (response) => {
      const type = response.request().resourceType()
      const file = new URL(response.url()).pathname
      if (type === 'script' || type === 'stylesheet')
        bodies.push(response.body().then((body) => ({ type, file, body })))
      if (type === 'document') bodies.push(response.body().then((body) => inlineSheets(file, body)))
    })
    await firstRowsMs(page, `${origin}${path}`)
    await page.waitForLoadState('networkidle')
    const files = await Promise.all(bodies)
    const total = (type: string, size: (body: Buffer) => number) =>
      files.filter((file) => file.type === type).reduce((sum, file) => sum + size(file.body), 0)
    const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length
    return {
      jsGzip: total('script', gzip),
      cssGzip: total('stylesheet', gzip),
      jsRaw: total('script', (body) => body.length),
      cssRaw: total('stylesheet', (body) => body.length),
      files: files.map((file) => ({ file: file.file, gzip: gzip(file.body) })),
    }
  })
}

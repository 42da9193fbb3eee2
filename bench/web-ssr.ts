/**
 * The server-rendered first screen in the web bench: rows with JavaScript off, the first click that works,
 * what moves when the script takes over, and the proxy's CPU per rendered page.
 */
import type { Browser, Page } from '@playwright/test'
import type { RunningProcess } from '../scripts/lib/start-app.js'
import { cpuMs } from './cpu-time.js'
import { median } from './stats.js'
import { withPage } from './web-page.js'

export interface SsrResults {
  /** Image rows on screen with JavaScript off. */
  noScriptRows: number
  /**
   * From page 1's navigation start to page 2's first row painted, "Next page" clicked every 10 ms from page 1's
   * first rows on (a link: before the script it loads ?page=2, after it the page changes in place); cold cache.
   */
  firstClick: { runs: number[]; median: number }
  /** Layout-shift score from navigation start until the page answers input, worst of the loads. */
  layoutShift: { runs: number[]; worst: number }
  /** The proxy's CPU for a rendered page minus that for the static index.html, per request. */
  renderCpuMs: number
}

const RENDER_REQUESTS = 200
/** The first page's call as the rendered page makes it: asked before each load, so the page is rendered with
 * its rows (a miss past SSR_DATA_DEADLINE_MS on a busy machine would serve the static shell instead). */
const FIRST_PAGE = '/api/DescribeImages?Offset=0&Limit=20'
const HTML = { accept: 'text/html' }

async function noScriptRows(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.goto(`${origin}/?review=1`)
    return await page
      .getByRole('table', { name: 'Images' })
      .getByRole('rowgroup')
      .nth(1)
      .getByRole('row')
      .count()
  } finally {
    await context.close()
  }
}

async function readyPage(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => document.documentElement.dataset.appReady !== undefined)
}

async function firstClickMs(page: Page, origin: string): Promise<number> {
  await page.addInitScript(() => Object.assign(window, { __benchClickNext: true }))
  await page.goto(`${origin}/`)
  const handle = await page.waitForFunction(() => (window as { __page2PaintedAt?: number }).__page2PaintedAt)
  return (await handle.jsonValue()) as number
}

async function layoutShift(page: Page, origin: string): Promise<number> {
  await readyPage(page, `${origin}/`)
  // Two frames after the takeover, so any shift it caused has been recorded.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  type Probes = { __benchProbes: { layoutShift: () => number } }
  return page.evaluate(() => (window as unknown as Probes).__benchProbes.layoutShift())
}

/** CPU the proxy spends on `count` sequential HTML requests for the paths `path(i)`. */
async function cpuFor(server: RunningProcess, count: number, path: (i: number) => string): Promise<number> {
  const before = cpuMs(server.pid)
  for (let i = 0; i < count; i++) await (await fetch(`${server.url}${path(i)}`, { headers: HTML })).text()
  return cpuMs(server.pid) - before
}

async function renderCpuMs(server: RunningProcess): Promise<number> {
  // Pages 1–5, their rows in the proxy's cache from the warm-up: the render is what is measured.
  const page = (i: number) => `/?page=${(i % 5) + 1}`
  await cpuFor(server, 50, page)
  const rendered = await cpuFor(server, RENDER_REQUESTS, page)
  const staticPage = await cpuFor(server, RENDER_REQUESTS, () => '/index.html')
  return (rendered - staticPage) / RENDER_REQUESTS
}

export async function benchSsr(
  browser: Browser,
  server: RunningProcess,
  rounds: number,
  log: (line: string) => void,
): Promise<SsrResults> {
  const origin = server.url
  const noScript = await noScriptRows(browser, origin)
  const clicks: number[] = []
  const shifts: number[] = []
  for (let round = 0; round < rounds; round++) {
    await fetch(`${origin}${FIRST_PAGE}`)
    clicks.push(await withPage(browser, (page) => firstClickMs(page, origin)))
    await fetch(`${origin}${FIRST_PAGE}`)
    shifts.push(await withPage(browser, (page) => layoutShift(page, origin)))
  }
  const renderCpu = await renderCpuMs(server)
  log(
    `web first working click: ${clicks.map((ms) => ms.toFixed(0)).join(', ')} ms; layout shift ${shifts.join(', ')}`,
  )
  log(`web server render: ${renderCpu.toFixed(2)} CPU ms per page; ${noScript} rows with JavaScript off`)
  return {
    noScriptRows: noScript,
    firstClick: { runs: clicks, median: median(clicks) },
    layoutShift: { runs: shifts, worst: Math.max(...shifts) },
    renderCpuMs: renderCpu,
  }
}

/**
 * Web benchmark in headless Chromium against demo-mode proxies: first-load bytes, first rows against a bare
 * page, "Next page", and sorting across every image at several catalog sizes, with the default limits.
 */

import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { type Browser, chromium, type ElementHandle, type Page } from 'playwright'
import { REGIONS } from '../core/regions.js'
import { buildCatalog } from '../emulator/catalog/catalog.js'
import { PORTS, ROOT, type Server, startServer, tsxArgs } from './servers.js'
import { median } from './stats.js'

export interface WebBenchOptions {
  rounds: number
  sortRounds: number
  /** Images per region for the growth rows; the sort budget is read at 5,000. */
  sizes: number[]
}

export interface SortRun {
  size: number
  firstRowsMs: number
  sortMs: number
  status: string
}

export interface WebResults {
  bytes: {
    jsGzip: number
    cssGzip: number
    jsRaw: number
    cssRaw: number
    files: { file: string; gzip: number }[]
  }
  firstRows: { appMs: number[]; bareMs: number[]; app: number; bare: number }
  nextPage: { runs: number[]; median: number }
  sorts: { size: number; firstRowsMs: number; sortMs: number; status: string; runs: SortRun[] }[]
}

const FIRST_PAGE = '/api/DescribeImages?Region=ap-guangzhou&Offset=0&Limit=20'
/** Long enough for the upstream token bucket (25 a second) to fill again after a page load. */
const BUCKET_REFILL_MS = 1_200

/** The region's images besides the custom ones (public and shared), so a catalog holds exactly `size`. */
const fixedImages = buildCatalog(REGIONS[0]?.id ?? '', 0).entries.length

function startWebServer(port: number, size: number | null): Promise<Server> {
  return startServer({
    name: `web server ${size ?? 'default'}`,
    args: tsxArgs('bench/web-server.ts'),
    env: {
      PORT: String(port),
      EMULATOR_PORT: String(port + 1),
      ...(size === null ? {} : { EMULATOR_IMAGES: String(size - fixedImages) }),
    },
    port,
    healthPath: '/healthz',
  })
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--disable-background-networking'],
  })
}

/** A fresh context (empty HTTP cache) per load, so every load is a first load. */
async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
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
function timeClick(page: Page, target: ElementHandle | null, until: 'rows' | 'sorted'): Promise<ClickResult> {
  if (!target) throw new Error('the element to click is not on the page')
  type Probes = { __benchProbes: { timeClick: (t: Node, u: string) => Promise<ClickResult> } }
  return page.evaluate(
    ([element, condition]) => (window as unknown as Probes).__benchProbes.timeClick(element, condition),
    [target, until] as const,
  )
}

async function firstRowsMs(page: Page, url: string): Promise<number> {
  await page.goto(url)
  const handle = await page.waitForFunction(() => (window as { __firstRowsAt?: number }).__firstRowsAt)
  return (await handle.jsonValue()) as number
}

/** Every script and style sheet the first load fetches, lazy chunks included, until the network is idle. */
async function measureBytes(browser: Browser, origin: string): Promise<WebResults['bytes']> {
  return withPage(browser, async (page) => {
    const bodies: Promise<{ type: string; file: string; body: Buffer }>[] = []
    page.on('response', (response) => {
      const type = response.request().resourceType()
      const file = new URL(response.url()).pathname
      if (type === 'script' || type === 'stylesheet')
        bodies.push(response.body().then((body) => ({ type, file, body })))
    })
    await firstRowsMs(page, `${origin}/`)
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

async function measureFirstRows(
  browser: Browser,
  origin: string,
  rounds: number,
  log: (line: string) => void,
) {
  const appMs: number[] = []
  const bareMs: number[] = []
  for (let round = 0; round < rounds; round++) {
    const contenders = [
      { times: appMs, url: `${origin}/` },
      { times: bareMs, url: `${origin}/__bench/bare` },
    ]
    if (round % 2 === 1) contenders.reverse()
    for (const { times, url } of contenders) {
      // Both pages get the first page from the proxy's cache: this compares pages, not upstream calls.
      await fetch(`${origin}${FIRST_PAGE}`)
      times.push(await withPage(browser, (page) => firstRowsMs(page, url)))
    }
    log(
      `web first rows round ${round + 1}: app ${appMs.at(-1)?.toFixed(0)} ms, bare ${bareMs.at(-1)?.toFixed(0)} ms`,
    )
  }
  return { appMs, bareMs, app: median(appMs), bare: median(bareMs) }
}

async function measureNextPage(browser: Browser, origin: string, rounds: number) {
  const runs: number[] = []
  for (let round = 0; round < rounds; round++) {
    runs.push(
      await withPage(browser, async (page) => {
        // The app prefetches page 2 after page 1; a user's click comes after that.
        const prefetched = page.waitForResponse((response) => response.url().includes('Offset=20&Limit=20'))
        await firstRowsMs(page, `${origin}/`)
        await prefetched
        const button = await page.getByRole('button', { name: 'Next page' }).elementHandle()
        return (await timeClick(page, button, 'rows')).ms
      }),
    )
  }
  return { runs, median: median(runs) }
}

async function measureSort(browser: Browser, server: Server, size: number, region: string): Promise<SortRun> {
  // Build the region's catalog in the emulator first (a query the page never makes, so its cache stays cold).
  await fetch(`${server.origin}/api/DescribeImages?Region=${region}&Offset=0&Limit=1`)
  return withPage(browser, async (page) => {
    const firstRows = await firstRowsMs(page, `${server.origin}/?region=${region}`)
    await page.waitForTimeout(BUCKET_REFILL_MS)
    const header = page.getByRole('table', { name: 'Images' }).getByRole('columnheader', { name: 'Name' })
    const button = await header.getByRole('button').elementHandle()
    const result = await timeClick(page, button, 'sorted')
    assertSorted(result.names)
    return { size, firstRowsMs: firstRows, sortMs: result.ms, status: result.status }
  })
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

function assertSorted(names: string[]): void {
  const sorted = [...names].sort(collator.compare)
  if (names.length === 0 || names.some((name, i) => name !== sorted[i])) {
    throw new Error(`the rows after sorting are not in name order: ${names.slice(0, 3).join(', ')}…`)
  }
}

async function measureSorts(browser: Browser, options: WebBenchOptions, log: (line: string) => void) {
  const servers: Server[] = []
  try {
    for (const [index, size] of options.sizes.entries()) {
      servers.push(await startWebServer(PORTS.web + 2 + 2 * index, size))
    }
    const runs: SortRun[] = []
    for (let round = 0; round < options.sortRounds; round++) {
      // A region not used before in this server: the proxy's cache is cold, as for a new filter.
      const region = REGIONS[(round + 1) % REGIONS.length]?.id ?? ''
      for (let i = 0; i < servers.length; i++) {
        const index = (i + round) % servers.length
        const run = await measureSort(
          browser,
          servers[index] as Server,
          options.sizes[index] as number,
          region,
        )
        runs.push(run)
        log(`web sort round ${round + 1} at ${run.size}: ${run.sortMs.toFixed(0)} ms (${run.status.trim()})`)
      }
    }
    return options.sizes.map((size) => {
      const mine = runs.filter((run) => run.size === size)
      return {
        size,
        firstRowsMs: median(mine.map((run) => run.firstRowsMs)),
        sortMs: median(mine.map((run) => run.sortMs)),
        status: mine[0]?.status ?? '',
        runs: mine,
      }
    })
  } finally {
    for (const server of servers) await server.stop()
  }
}

export async function benchWeb(options: WebBenchOptions, log: (line: string) => void): Promise<WebResults> {
  const browser = await launch()
  const server = await startWebServer(PORTS.web, null)
  try {
    // One unrecorded load warms the server and the browser.
    await withPage(browser, (page) => firstRowsMs(page, `${server.origin}/`))
    const bytes = await measureBytes(browser, server.origin)
    const firstRows = await measureFirstRows(browser, server.origin, options.rounds, log)
    const nextPage = await measureNextPage(browser, server.origin, options.rounds)
    log(`web next page: ${nextPage.runs.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    await server.stop()
    const sorts = await measureSorts(browser, options, log)
    return { bytes, firstRows, nextPage, sorts }
  } finally {
    await server.stop()
    await browser.close()
  }
}

/**
 * Web benchmark in headless Chromium against demo-mode proxies: first-load bytes, first rows against a bare
 * page, "Next page", and sorting across every image at several catalog sizes, with the default limits.
 */

import type { Browser } from '@playwright/test'
import { REGIONS } from '../core/regions.js'
import { launchChromium } from '../scripts/lib/chromium.js'
import { freePort, type RunningProcess, startProcess, tsxArgs } from '../scripts/lib/start-app.js'
import { buildCatalog } from './project.js'
import { median } from './stats.js'
import { firstRowsMs, firstRowsTimes, measureBytes, type PageBytes, timeClick, withPage } from './web-page.js'
import { benchSsr, type SsrResults } from './web-ssr.js'

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
  bytes: PageBytes
  /** The same first load in Simplified Chinese. */
  bytesZh: PageBytes
  /** First image row painted (the budget's figure), from navigation start; `dom`: in the DOM. */
  firstRows: {
    appMs: number[]
    bareMs: number[]
    app: number
    bare: number
    dom: { appMs: number[]; bareMs: number[]; app: number; bare: number }
  }
  nextPage: { runs: number[]; median: number }
  sorts: { size: number; firstRowsMs: number; sortMs: number; status: string; runs: SortRun[] }[]
  /** The server-rendered first screen. */
  ssr: SsrResults
}

const FIRST_PAGE = '/api/DescribeImages?Region=ap-guangzhou&Offset=0&Limit=20'
/** Long enough for the upstream token bucket (25 a second) to fill again after a page load. */
const BUCKET_REFILL_MS = 1_200

/** The region's images besides the custom ones (public and shared), so a catalog holds exactly `size`. */
const fixedImages = buildCatalog(REGIONS[0]?.id ?? '', Date.now(), 0).entries.length

async function startWebServer(size: number | null): Promise<RunningProcess> {
  const port = await freePort()
  return startProcess({
    name: `web server ${size ?? 'default'}`,
    args: tsxArgs('bench/web-server.ts'),
    env: { PORT: String(port), ...(size === null ? {} : { EMULATOR_IMAGES: String(size - fixedImages) }) },
    port,
    healthPath: '/healthz',
    stdout: 'ignore',
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
  const appDom: number[] = []
  const bareDom: number[] = []
  for (let round = 0; round < rounds; round++) {
    const contenders = [
      { times: appMs, dom: appDom, url: `${origin}/` },
      { times: bareMs, dom: bareDom, url: `${origin}/__bench/bare` },
    ]
    if (round % 2 === 1) contenders.reverse()
    for (const { times, dom, url } of contenders) {
      // Both pages get the first page from the proxy's cache: this compares pages, not upstream calls.
      await fetch(`${origin}${FIRST_PAGE}`)
      const measured = await withPage(browser, (page) => firstRowsTimes(page, url))
      times.push(measured.painted)
      dom.push(measured.dom)
    }
    log(
      `web first rows round ${round + 1}: painted app ${appMs.at(-1)?.toFixed(0)} ms, bare ` +
        `${bareMs.at(-1)?.toFixed(0)} ms; in the DOM app ${appDom.at(-1)?.toFixed(0)} ms, bare ` +
        `${bareDom.at(-1)?.toFixed(0)} ms`,
    )
  }
  const dom = { appMs: appDom, bareMs: bareDom, app: median(appDom), bare: median(bareDom) }
  return { appMs, bareMs, app: median(appMs), bare: median(bareMs), dom }
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
        const button = await page.getByRole('link', { name: 'Next page' }).elementHandle()
        return (await timeClick(page, button, 'rows')).ms
      }),
    )
  }
  return { runs, median: median(runs) }
}

async function measureSort(
  browser: Browser,
  server: RunningProcess,
  size: number,
  region: string,
): Promise<SortRun> {
  // Build the region's catalog in the emulator first (a query the page never makes, so its cache stays cold).
  await fetch(`${server.url}/api/DescribeImages?Region=${region}&Offset=0&Limit=1`)
  return withPage(browser, async (page) => {
    const firstRows = await firstRowsMs(page, `${server.url}/?region=${region}`)
    await page.waitForTimeout(BUCKET_REFILL_MS)
    const header = page.getByRole('table', { name: 'Images' }).getByRole('columnheader', { name: 'Name' })
    const button = await header.getByRole('link').elementHandle()
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
  const servers: RunningProcess[] = []
  try {
    for (const size of options.sizes) {
      servers.push(await startWebServer(size))
    }
    const runs: SortRun[] = []
    for (let round = 0; round < options.sortRounds; round++) {
      // A region not used before in this server: the proxy's cache is cold, as for a new filter.
      const region = REGIONS[(round + 1) % REGIONS.length]?.id ?? ''
      for (let i = 0; i < servers.length; i++) {
        const index = (i + round) % servers.length
        const run = await measureSort(
          browser,
          servers[index] as RunningProcess,
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
  const browser = await launchChromium()
  const server = await startWebServer(null)
  try {
    // One unrecorded load warms the server and the browser.
    await withPage(browser, (page) => firstRowsMs(page, `${server.url}/`))
    const bytes = await measureBytes(browser, server.url, '/?lang=en')
    const bytesZh = await measureBytes(browser, server.url, '/?lang=zh-CN')
    const firstRows = await measureFirstRows(browser, server.url, options.rounds, log)
    const nextPage = await measureNextPage(browser, server.url, options.rounds)
    log(`web next page: ${nextPage.runs.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    const ssr = await benchSsr(browser, server, options.rounds, log)
    await server.stop()
    const sorts = await measureSorts(browser, options, log)
    return { bytes, bytesZh, firstRows, nextPage, sorts, ssr }
  } finally {
    await server.stop()
    await browser.close()
  }
}

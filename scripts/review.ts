// `npm run review -- --out DIR [--since DIR] [--lang zh-CN] [view options]`: a review bundle from one command.
// With the configuration `npm start` reads (demo mode without keys, the live API with them) it starts the app
// on free ports (or uses --base-url), and writes into DIR: a picture of every page of the view (up to
// --max-pages) and of the summary, each with its stamp; the view's images as the browser exports them
// (images.csv, images.json); the summary's counts (summary.csv); with --since an earlier bundle, the changes
// (changes.csv); report.md and bundle.json. Everything is written to a folder beside DIR and renamed into
// place at the end, so DIR never holds half a bundle. Exit 2: a bad option; 1: the app, the API or the keys.
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from '@playwright/test'
import { parseCsv } from '../web/changes/export-records.js'
import { parseViewState } from '../web/images/view-state/url-state.js'
import { launchChromium } from './lib/chromium.js'
import { exportCounts, exportImages, ReviewError, type Shooter, shoot } from './lib/review-browser.js'
import { type BundleFacts, compareBundles, readBundle } from './lib/review-changes.js'
import { appEnv, parseReviewArgs, type ReviewOptions } from './lib/review-options.js'
import { reviewReport, summaryRows } from './lib/review-report.js'
import { UsageError } from './lib/screenshot-states.js'
import { startApp } from './lib/start-app.js'

interface Target {
  baseUrl: string
  stop: () => Promise<void>
}

async function startTarget(options: ReviewOptions): Promise<Target> {
  if (options.baseUrl) return { baseUrl: options.baseUrl, stop: async () => {} }
  const app = await startApp({ stdout: 'ignore', env: appEnv(process.env) })
  return { baseUrl: app.url, stop: app.stop }
}

/** The app's mode and the view's region, and one DescribeImages call: unreachable or refused ends here. */
async function preflight(baseUrl: string, query: string): Promise<{ mode: string; region: string }> {
  const get = async (route: string) => {
    try {
      return await fetch(`${baseUrl}${route}`)
    } catch (error) {
      throw new ReviewError(
        `cannot reach the app at ${baseUrl}: ${error instanceof Error ? error.message : error}`,
      )
    }
  }
  const info = (await (await get('/api/info')).json()) as { mode?: string; defaultRegion?: string }
  const region = parseViewState(query).region ?? info.defaultRegion ?? ''
  const answer = await get(
    `/api/DescribeImages?${new URLSearchParams({ Region: region, Offset: '0', Limit: '1' })}`,
  )
  if (!answer.ok) {
    const body = (await answer.json().catch(() => ({}))) as {
      Response?: { Error?: { Code?: string; Message?: string } }
    }
    const error = body.Response?.Error
    throw new ReviewError(
      `DescribeImages in ${region} failed (HTTP ${answer.status}): ${error?.Code ?? 'no code'}: ${error?.Message ?? ''}`,
    )
  }
  return { mode: info.mode ?? 'unknown', region }
}

/** DIR may be replaced when it is missing, empty or an earlier bundle; anything else is not ours to remove. */
async function checkOut(out: string): Promise<void> {
  if (!existsSync(out)) return
  const entries = await readdir(out)
  if (entries.length > 0 && !entries.includes('report.md')) {
    throw new UsageError(`--out ${out} holds files that are not a review bundle; give an empty or new folder`)
  }
}

interface Shots {
  exportNames: string[]
  count: number
  pages: number
  pagesShot: number
  files: string[]
}

/** The exports through the UI, then a picture of every page (up to the cap) and of the summary. */
async function takeShots(browser: Browser, shooter: Shooter, options: ReviewOptions): Promise<Shots> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
  const exportNames = await exportImages(context, shooter)
  exportNames.push(await exportCounts(context, shooter))
  await context.close()
  const images = JSON.parse(await readFile(path.join(shooter.dir, 'images.json'), 'utf8')) as unknown[]
  const pages = Math.max(1, Math.ceil(images.length / parseViewState(options.query).size))
  const pagesShot = Math.min(pages, options.maxPages)
  const files = ['images.csv', 'images.json', 'summary.csv']
  for (let page = 1; page <= pagesShot; page++) {
    await shoot(browser, shooter, page > 1 ? `page=${page}` : '', `list-page-${page}.png`)
    files.push(`list-page-${page}.png`)
  }
  await shoot(browser, shooter, 'view=summary', 'summary.png')
  files.push('summary.png')
  return { exportNames, count: images.length, pages, pagesShot, files }
}

/** report.md and bundle.json (what a later --since reads), after the changes when asked; says what was made. */
async function writeReport(
  dir: string,
  options: ReviewOptions,
  shots: Shots,
  app: { mode: string; region: string },
  earlier: BundleFacts | null,
): Promise<string> {
  const { exportNames, count, pages, pagesShot } = shots
  const changes = earlier ? await compareBundles(earlier, dir, exportNames[1] ?? '', options.lang) : null
  const files = [...shots.files, ...(changes ? ['changes.csv'] : []), 'report.md', 'bundle.json']
  // The link's parameters: the app's address is a passing one unless --base-url named it.
  const link = `${options.baseUrl ?? ''}/?${options.query}`
  const time = new Date().toISOString()
  const facts = { link, query: options.query, ...app, time, count, exportNames }
  const summary = summaryRows(parseCsv(await readFile(path.join(dir, 'summary.csv'), 'utf8')))
  const { maxPages, lang } = options
  const report = reviewReport({ ...facts, pages, pagesShot, maxPages, lang, summary, files, changes })
  await writeFile(path.join(dir, 'report.md'), report)
  await writeFile(path.join(dir, 'bundle.json'), `${JSON.stringify(facts, null, 2)}\n`)
  const counts = changes?.changes
  const said = counts
    ? `, ${counts.added.length} added · ${counts.removed.length} removed · ${counts.changed.length} changed`
    : ''
  return `${count} images, ${pagesShot} of ${pages} pages shot${said}`
}

async function makeBundle(options: ReviewOptions, earlier: BundleFacts | null, dir: string): Promise<string> {
  const target = await startTarget(options)
  try {
    const app = await preflight(target.baseUrl, options.query)
    const shooter: Shooter = { baseUrl: target.baseUrl, lang: options.lang, query: options.query, dir }
    const browser = await launchChromium()
    try {
      const shots = await takeShots(browser, shooter, options)
      return await writeReport(dir, options, shots, app, earlier)
    } finally {
      await browser.close()
    }
  } finally {
    await target.stop()
  }
}

/** The finished folder takes DIR's place; an earlier bundle there is removed only once the new one is in. */
async function moveIntoPlace(dir: string, out: string): Promise<void> {
  const previous = `${out}.previous-${process.pid}`
  const replacing = existsSync(out)
  if (replacing) await rename(out, previous)
  await rename(dir, out)
  if (replacing) await rm(previous, { recursive: true, force: true })
}

async function main(): Promise<void> {
  const options = parseReviewArgs(process.argv.slice(2))
  await checkOut(options.out)
  const earlier = options.since ? await readBundle(options.since) : null
  await mkdir(path.dirname(options.out), { recursive: true })
  const dir = await mkdtemp(path.join(path.dirname(options.out), `.${path.basename(options.out)}.partial-`))
  await chmod(dir, 0o755)
  try {
    const said = await makeBundle(options, earlier, dir)
    await moveIntoPlace(dir, options.out)
    console.log(`review bundle in ${options.out}: ${said}`)
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(error.message)
    process.exit(2)
  }
  console.error(`review failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

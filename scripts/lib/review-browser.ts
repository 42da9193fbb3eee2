/** What `npm run review` does in the browser: the pages' and the summary's pictures, the exports by the real UI. */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { exports as enExport } from '../../web/locales/en/export.js'
import { summary as enSummary } from '../../web/locales/en/summary.js'
import { exports as zhExport } from '../../web/locales/zh-CN/export.js'
import { summary as zhSummary } from '../../web/locales/zh-CN/summary.js'
import { answerOnScreen } from './app-settled.js'
import { DESKTOP, SHOT_LABELS, type ShotLanguage, stateUrl } from './screenshot-states.js'

const LABELS = {
  en: { csv: enExport['export.csv'], json: enExport['export.json'], counts: enSummary['charts.exportCsv'] },
  'zh-CN': {
    csv: zhExport['export.csv'],
    json: zhExport['export.json'],
    counts: zhSummary['charts.exportCsv'],
  },
} as const

export class ReviewError extends Error {}

export interface Shooter {
  baseUrl: string
  lang: ShotLanguage
  /** The view as the app's query string, without `?`. */
  query: string
  /** The folder the files go to. */
  dir: string
}

/** The app's own page for the view (not the review layout), in the run's language. */
function appUrl(shooter: Shooter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(shooter.query)
  params.set('lang', shooter.lang)
  for (const [key, value] of Object.entries(extra)) params.set(key, value)
  return `${shooter.baseUrl}/?${params}`
}

/** Rows (or charts) fetched, their time in the stamp, or an error on screen, which ends the run. */
async function settle(page: Page): Promise<void> {
  await answerOnScreen(page, 120_000)
  const alert = page.getByRole('alert').filter({ has: page.locator('h2') })
  if ((await alert.count()) > 0) {
    throw new ReviewError(
      `the app shows an error: ${((await alert.first().textContent()) ?? '').replace(/\s+/g, ' ')}`,
    )
  }
  await page.evaluate(() => document.fonts.ready)
}

async function download(page: Page, click: () => Promise<void>, file: string): Promise<string> {
  const started = page.waitForEvent('download', { timeout: 300_000 })
  await click()
  const done = await started
  await done.saveAs(file)
  return done.suggestedFilename()
}

/** The list's CSV and JSON, through its Export menu, as a user downloads them; returns the browser's names. */
export async function exportImages(context: BrowserContext, shooter: Shooter): Promise<string[]> {
  const page = await context.newPage()
  await page.goto(appUrl(shooter))
  await settle(page)
  const names: string[] = []
  const labels = LABELS[shooter.lang]
  for (const [label, file] of [
    [labels.csv, 'images.csv'],
    [labels.json, 'images.json'],
  ] as const) {
    const pick = async () => {
      await page.getByRole('button', { name: SHOT_LABELS[shooter.lang].export, exact: true }).click()
      await page.getByRole('menuitem').filter({ hasText: label }).click()
    }
    names.push(await download(page, pick, path.join(shooter.dir, file)))
  }
  await page.close()
  return names
}

/** The summary's counts, through its own button. */
export async function exportCounts(context: BrowserContext, shooter: Shooter): Promise<string> {
  const page = await context.newPage()
  await page.goto(appUrl(shooter, { view: 'summary' }))
  await settle(page)
  const button = page.getByRole('button', { name: LABELS[shooter.lang].counts })
  const name = await download(page, () => button.click(), path.join(shooter.dir, 'summary.csv'))
  await page.close()
  return name
}

/** One picture in the review layout (the stamp on screen), the whole page. */
export async function shoot(browser: Browser, shooter: Shooter, extra: string, file: string): Promise<void> {
  const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' })
  try {
    const page = await context.newPage()
    await page.goto(stateUrl(shooter.baseUrl, [shooter.query, extra].filter(Boolean).join('&'), shooter.lang))
    await settle(page)
    await page.screenshot({
      path: path.join(shooter.dir, file),
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    })
  } finally {
    await context.close()
  }
}

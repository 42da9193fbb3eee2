// `npm run screenshots -- [--out DIR] [--lang en|zh-CN] [--base-url URL] [--state name=QUERY]…`
// Renders the named review states of the app to DIR/<name>.png (DIR defaults to screenshots/<lang>), each in
// review mode (?review=1) with the review stamp on screen, in the language --lang names (lang= in each URL,
// English by default), and prints each file it wrote. Without --base-url it starts the app itself, in
// demo mode on free ports, with the emulator's fault control on (for the error state), and stops it after.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { answerOnScreen } from './lib/app-settled.js'
import { launchChromium } from './lib/chromium.js'
import { clearFaults, setFaults } from './lib/emulator-faults.js'
import {
  BUILT_IN,
  DESKTOP,
  parseScreenshotArgs,
  type ScreenState,
  type ScreenshotOptions,
  SHOT_LABELS,
  type ShotLanguage,
  stateUrl,
  UsageError,
} from './lib/screenshot-states.js'
import { startApp } from './lib/start-app.js'

interface Target {
  baseUrl: string
  faultsUrl: string | null
  stop: () => Promise<void>
}

/**
 * Ready: rows fetched (the stamp has its time), or an error or empty state on screen; tools loaded. A view
 * beside the list is ready when its table is on screen.
 */
async function waitUntilSettled(page: Page, lang: ShotLanguage, state: ScreenState): Promise<void> {
  if (state.table) {
    await page.getByRole('table', { name: SHOT_LABELS[lang][state.table] }).waitFor({ timeout: 60_000 })
    await page.evaluate(() => document.fonts.ready)
    return
  }
  await answerOnScreen(page, 60_000)
  // Attached, not visible: on a phone the tools are folded behind "Filters & tools".
  await page
    .getByRole('button', { name: SHOT_LABELS[lang].export, includeHidden: true })
    .first()
    .waitFor({ state: 'attached' })
  await page.evaluate(() => document.fonts.ready)
}

/** Ticks the state's rows, by their "Select" boxes, and opens the comparison of them when asked. */
async function selectAndCompare(page: Page, state: ScreenState, lang: ShotLanguage): Promise<void> {
  const labels = SHOT_LABELS[lang]
  const rows = page.getByRole('table', { name: labels.table }).getByRole('rowgroup').nth(1).getByRole('row')
  for (const index of state.selectRows ?? []) await rows.nth(index).getByRole('checkbox').check()
  if (!state.compare) return
  await page.getByRole('button', { name: labels.compare, exact: true }).click()
  await page.getByRole('table', { name: labels.comparison }).waitFor()
}

async function renderState(
  browser: Browser,
  target: Target,
  state: ScreenState,
  options: ScreenshotOptions,
): Promise<string> {
  const labels = SHOT_LABELS[options.lang]
  const context = await browser.newContext({ viewport: state.viewport ?? DESKTOP, reducedMotion: 'reduce' })
  try {
    const page = await context.newPage()
    if (state.fault) await setFaults(target.faultsUrl, { next: { count: 20, fault: { kind: 'http500' } } })
    await page.goto(stateUrl(target.baseUrl, state.query, options.lang))
    await waitUntilSettled(page, options.lang, state)
    if (state.fault) await clearFaults(target.faultsUrl)
    if (state.openRow !== undefined) {
      await page.getByRole('table', { name: labels.table }).locator('tbody tr').nth(state.openRow).click()
      await page.getByRole('dialog').getByRole('button', { name: labels.copyJson }).waitFor()
    }
    await selectAndCompare(page, state, options.lang)
    const file = path.join(options.out, `${state.name}.png`)
    // The drawer and the comparison are fixed to the viewport: a full-page picture would show the page past them.
    const fullPage = state.openRow === undefined && !state.compare
    await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' })
    return file
  } finally {
    await context.close()
  }
}

async function startTarget(baseUrl: string | null): Promise<Target> {
  if (baseUrl) return { baseUrl, faultsUrl: null, stop: async () => {} }
  const app = await startApp({ faults: true, stdout: 'ignore' })
  return { baseUrl: app.url, faultsUrl: app.faultsUrl, stop: app.stop }
}

async function main(): Promise<void> {
  const options = parseScreenshotArgs(process.argv.slice(2))
  mkdirSync(options.out, { recursive: true })
  const target = await startTarget(options.baseUrl)
  try {
    const browser = await launchChromium()
    try {
      for (const state of [...BUILT_IN, ...options.states]) {
        if (state.fault && !target.faultsUrl) {
          console.error(`skipped ${state.name}: --base-url has no emulator fault control to cause an error`)
          continue
        }
        console.log(await renderState(browser, target, state, options))
      }
    } finally {
      await browser.close()
    }
  } finally {
    await target.stop()
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(error.message)
    process.exit(2)
  }
  console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

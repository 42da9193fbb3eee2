import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test'
import type { Fault } from '../../emulator/faults/faults.js'
import { ImageList } from './image-list'

export { COLUMN } from './image-list'

import { workerApp } from './worker-app'

/** The fault-injection endpoint of the emulator behind this worker's app. */
function faultsUrl(): string {
  const url = workerApp().faultsUrl
  if (!url) throw new Error("the worker's app was started without fault controls")
  return url
}

/** The images table, its body rows, and the cells of one column by header position. */
export function imagesTable(page: Page): Locator {
  return new ImageList(page).table()
}

export function bodyRows(page: Page): Locator {
  return new ImageList(page).rows()
}

export async function columnTexts(page: Page, column: number): Promise<string[]> {
  return bodyRows(page).evaluateAll(
    (rows, index) => rows.map((row) => row.querySelectorAll('td')[index]?.textContent?.trim() ?? ''),
    column,
  )
}

export function rangeText(page: Page): Locator {
  return new ImageList(page).range()
}

/** Opens the app at `query`, waits until it answers input and real rows (not skeletons) are on screen. */
export function openApp(page: Page, query = ''): Promise<void> {
  return new ImageList(page).open(query)
}

export interface WireImage {
  ImageId: string
  ImageName: string
  ImageType: string
  Platform: string
}

/** Every image of a filter, read straight from the API the app uses, for computing expected answers. */
export async function fetchAllImages(
  request: APIRequestContext,
  params: Record<string, string>,
): Promise<WireImage[]> {
  const images: WireImage[] = []
  for (let offset = 0; ; offset += 100) {
    const query = new URLSearchParams({
      Region: 'ap-guangzhou',
      ...params,
      Offset: String(offset),
      Limit: '100',
    })
    const response = await request.get(`/api/DescribeImages?${query}`)
    expect(response.ok()).toBe(true)
    const body = (await response.json()) as { Response: { ImageSet: WireImage[]; TotalCount: number } }
    images.push(...body.Response.ImageSet)
    if (offset + 100 >= body.Response.TotalCount) return images
  }
}

export async function injectFault(request: APIRequestContext, fault: Fault, count: number): Promise<void> {
  const response = await request.post(faultsUrl(), { data: { next: { count, fault } } })
  expect(response.ok()).toBe(true)
}

/** The emulator's test controls beyond one fault: added latency, actions denied as EMULATOR_DENY denies them. */
export async function setEmulator(
  request: APIRequestContext,
  command: { latencyMs?: number; deny?: string[] },
): Promise<void> {
  const response = await request.post(faultsUrl(), { data: command })
  expect(response.ok()).toBe(true)
}

/**
 * Waits for the quota meter's count ("Custom images: …"), which a list of custom images fetches with a call of
 * its own just after the first screen: a test that counts the page's calls, or injects one fault, waits for it.
 */
export async function quotaCounted(page: Page): Promise<void> {
  await expect(page.getByText(/^Custom images: /)).toBeVisible()
}

/** How many calls of each action the worker's emulator has answered (the upstream's view of the proxy). */
export async function upstreamCalls(request: APIRequestContext): Promise<Record<string, number>> {
  const response = await request.get(faultsUrl().replace(/faults$/, 'calls'))
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { actions: Record<string, number> }).actions
}

export async function resetFaults(request: APIRequestContext): Promise<void> {
  const response = await request.delete(faultsUrl())
  expect(response.ok()).toBe(true)
}

/** axe with the WCAG 2 A/AA rules; serious and critical findings fail the test. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Colours fade over a transition (a theme switched, a hover left): axe reads the colours as they are now, so it
  // waits until no transition is running.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'),
  )
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious).toEqual([])
}

/** The review stamp line, on screen in every state. */
export function reviewStamp(page: Page): Locator {
  return new ImageList(page).stamp()
}

/** The image IDs of the rows on screen, in order. */
export async function rowIds(page: Page): Promise<string[]> {
  return bodyRows(page).evaluateAll((rows) => rows.map((row) => row.id.replace('image-row-', '')))
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText())
}

/** RFC 4180: fields split by commas, lines by CRLF, quotes around fields that hold either, "" for a quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i]
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field])
      row = []
      field = ''
      i++
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** The search box, by its name in the page's language. */
export function searchBox(page: Page, name = 'Search images'): Locator {
  return page.getByRole('searchbox', { name })
}

/** Pastes `text` into `box` (the search box by default) as a real clipboard paste event. */
export async function paste(page: Page, text: string, box = searchBox(page)): Promise<void> {
  await box.focus()
  await page.evaluate((pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
    // A paste without new lines is left to the browser; put it in as the browser would.
    const field = document.activeElement as HTMLInputElement
    if (field.value === '') document.execCommand('insertText', false, pasted)
  }, text)
}

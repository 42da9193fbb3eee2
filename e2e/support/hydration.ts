import { expect, type Page } from '@playwright/test'

/**
 * React's words for a page that did not hydrate as the server rendered it: spelled out in development, by
 * number in production (https://react.dev/errors/418, 419, 421, 422, 423, 425).
 */
const HYDRATION_TROUBLE = /hydrat|react\.dev\/errors\/(418|419|421|422|423|425)\b/i

/** Collects the page's console messages and uncaught errors about hydration from now on. */
export function watchHydration(page: Page): () => string[] {
  const seen: string[] = []
  page.on('console', (message) => {
    if (HYDRATION_TROUBLE.test(message.text())) seen.push(message.text())
  })
  page.on('pageerror', (error) => {
    if (HYDRATION_TROUBLE.test(`${error.message}`)) seen.push(error.message)
  })
  return () => [...seen]
}

/**
 * Opens `path` and waits until the app answers input: rows can show before the script runs (the proxy
 * renders the first screen), and `<html data-app-ready>` is set once React has taken the page over.
 * Fails on any hydration warning on the way.
 */
export async function gotoApp(page: Page, path: string): Promise<void> {
  const warnings = watchHydration(page)
  await page.goto(path)
  // The script's first run (parse, hydrate) is the page's heaviest moment: give it room on a busy machine.
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', '', { timeout: 30_000 })
  expect(warnings()).toEqual([])
}

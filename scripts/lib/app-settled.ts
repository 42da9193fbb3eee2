import type { Page } from '@playwright/test'

/**
 * Waits until the app's view has its answer: the review stamp carries the fetch time (rows or charts in), or
 * an error panel is on screen. The caller decides what an error means for it.
 */
export async function answerOnScreen(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[role="note"] time[datetime]') !== null ||
      document.querySelector('[role="alert"] h2') !== null,
    null,
    { timeout: timeoutMs },
  )
}

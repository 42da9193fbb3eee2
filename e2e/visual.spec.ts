import type { Page } from '@playwright/test'
import { bodyRows, openApp, reviewStamp } from './support/app'
import { expect, test } from './support/fixtures'

/**
 * Screenshot baselines of the main states (Debian's Chromium, the fonts scripts/ensure-chromium.ts
 * installs). The page's clock and time zone are fixed, and the times are masked as well.
 */
test.use({ timezoneId: 'UTC', locale: 'en-US' })
// One set of baselines: the screens are the same whichever API the proxy calls.
test.beforeEach(async ({ page }) => {
  test.skip(test.info().project.name !== 'chromium', 'baselines are kept for the chromium project')
  // A frozen clock keeps the ages ("1 mo ago") and so the column widths the same from day to day.
  await page.clock.setFixedTime(new Date('2026-12-01T00:00:00Z'))
})

/** The fetch time (found by tag: behind a modal the stamp leaves the accessibility tree) and the ages. */
function moving(page: Page) {
  return [page.locator('time'), page.getByText(/^(\d+ (min|h|d|mo|yr) ago|just now)$/)]
}

async function settle(page: Page) {
  await expect(reviewStamp(page).locator('time')).toHaveText(/^fetched /)
  // Loaded; on a phone it is folded behind "Filters & tools".
  await expect(page.getByRole('button', { name: 'Export', includeHidden: true })).toBeAttached()
  await page.evaluate(() => document.fonts.ready)
}

test('list', async ({ page }) => {
  await openApp(page)
  await settle(page)
  await expect(page).toHaveScreenshot('list.png', { mask: moving(page) })
})

test('drawer', async ({ page }) => {
  await openApp(page)
  await settle(page)
  await bodyRows(page).nth(1).click()
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Copy JSON' })).toBeVisible()
  // Masks paint over whatever covers them, so only what the drawer leaves in sight is masked.
  const mask = [page.locator('time'), page.getByRole('dialog').getByText(/ ago\)/)]
  await expect(page).toHaveScreenshot('drawer.png', { mask })
})

test('dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, '?type=custom&type=shared')
  await settle(page)
  await expect(page).toHaveScreenshot('dark.png', { mask: moving(page) })
})

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('phone', async ({ page }) => {
    await openApp(page)
    await settle(page)
    await expect(page).toHaveScreenshot('phone.png', { mask: moving(page) })
  })
})

test('review mode', async ({ page }) => {
  await openApp(page, '?review=1&type=custom&sort=name:asc')
  await expect(page.getByText(/^Sorted across all/)).toBeVisible()
  await settle(page)
  await expect(page).toHaveScreenshot('review.png', { mask: moving(page), fullPage: true })
})

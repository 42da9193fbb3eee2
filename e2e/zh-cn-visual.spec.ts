import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { openZh, zhRows, zhStamp } from './support/zh-cn'

/**
 * Baselines of the list and the drawer in zh-CN, rendered with the Noto CJK fonts the test setup installs
 * (scripts/ensure-chromium.ts). Clock and time zone are fixed, and the times are masked, as in visual.spec.ts.
 */
test.use({ timezoneId: 'UTC', locale: 'zh-CN' })
test.beforeEach(async ({ page }) => {
  test.skip(test.info().project.name !== 'chromium', 'baselines are kept for the chromium project')
  await page.clock.setFixedTime(new Date('2026-12-01T00:00:00Z'))
})

function moving(page: Page) {
  return [page.locator('time'), page.getByText(/^(\d+ (分钟|小时|天|个月|年)前|刚刚)$/)]
}

async function settle(page: Page) {
  await expect(zhStamp(page).locator('time')).toHaveText(/^获取于 /)
  await expect(page.getByRole('button', { name: '导出' })).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
}

test('list in Chinese', async ({ page }) => {
  await openZh(page)
  await settle(page)
  await expect(page).toHaveScreenshot('list-zh-cn.png', { mask: moving(page) })
})

test('drawer in Chinese', async ({ page }) => {
  await openZh(page)
  await settle(page)
  await zhRows(page).nth(1).click()
  await expect(page.getByRole('dialog').getByRole('button', { name: '复制 JSON' })).toBeVisible()
  const mask = [page.locator('time'), page.getByRole('dialog').getByText(/前\)|刚刚\)/)]
  await expect(page).toHaveScreenshot('drawer-zh-cn.png', { mask })
})

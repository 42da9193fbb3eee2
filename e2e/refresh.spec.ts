import type { Request } from '@playwright/test'
import { openApp } from './support/app'
import { expect, test } from './support/fixtures'

const describeImages = (request: Request) => request.url().includes('/api/DescribeImages')

test('Refresh asks again past the proxy cache', async ({ page }) => {
  await openApp(page)
  const again = page.waitForResponse(
    (response) =>
      describeImages(response.request()) && response.request().headers()['cache-control'] === 'no-cache',
  )
  await page.getByRole('button', { name: 'Refresh' }).click()
  const response = await again
  expect(response.status()).toBe(200)
  expect(response.headers()['x-cache']).toBe('MISS')
})

test('Auto-refresh appears while images are syncing, is remembered, and refreshes every 15 s', async ({
  page,
}) => {
  // Every page of the custom images loads three times over (open, tick, reload).
  test.setTimeout(60_000)
  await page.clock.install()
  await openApp(page, '?type=custom&status=syncing')
  await expect(page.getByRole('switch', { name: 'Auto-refresh' })).toHaveAttribute('aria-checked', 'false')
  await page.getByRole('switch', { name: 'Auto-refresh' }).click()
  await expect(page.getByRole('switch', { name: 'Auto-refresh' })).toHaveAttribute('aria-checked', 'true')

  const refreshed = page.waitForRequest(
    (request) => describeImages(request) && request.headers()['cache-control'] === 'no-cache',
  )
  await page.clock.fastForward(15_000)
  await refreshed

  await page.reload()
  await expect(page.getByRole('switch', { name: 'Auto-refresh' })).toHaveAttribute('aria-checked', 'true')
  await page.goto('/?type=custom&status=normal')
  await expect(page.getByRole('table', { name: 'Images' })).toBeVisible()
  await expect(page.getByRole('switch', { name: 'Auto-refresh' })).toHaveCount(0)
})

test('the drawer of a syncing image shows its sync progress', { tag: '@api' }, async ({ page }) => {
  await openApp(page, '?type=custom&status=syncing')
  await page.getByRole('table', { name: 'Images' }).getByRole('row').nth(1).click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByText('Syncing', { exact: true })).toBeVisible()
  if (test.info().project.name === 'chromium-v3') await expect(drawer.getByText(/^\d+%$/)).toBeVisible()
})

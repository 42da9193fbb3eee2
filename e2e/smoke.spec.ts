import { expect, test } from '@playwright/test'

test('the app loads and shows its name', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('CVM Image Browser')
  await expect(page.getByRole('heading', { name: 'CVM Image Browser' })).toBeVisible()
})

test('health check answers', async ({ request }) => {
  const response = await request.get('/healthz')
  expect(response.status()).toBe(200)
})

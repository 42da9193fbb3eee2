import { bodyRows, expectNoSeriousA11yViolations, openApp } from './support/app'
import { expect, test } from './support/fixtures'

test('the list has no serious accessibility violations', async ({ page }) => {
  await openApp(page)
  await expectNoSeriousA11yViolations(page)
})

test('a filtered and sorted list has none', async ({ page }) => {
  await openApp(page, '?type=custom&name=web&sort=created:desc')
  await expect(page.getByText(/^Sorted across all/)).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('the open drawer has none', { tag: '@api' }, async ({ page }) => {
  await openApp(page)
  await bodyRows(page).first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('dark mode, from the system setting, has none', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, '?type=custom')
  await expectNoSeriousA11yViolations(page)
  await bodyRows(page).first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

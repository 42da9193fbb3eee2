import { bodyRows, imagesTable, openApp, rangeText } from './support/app'
import { expect, test } from './support/fixtures'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

test('on a phone the page scrolls as a whole and the table says it scrolls sideways', async ({ page }) => {
  await openApp(page)
  // The table is not squeezed into a box between the toolbar and the footer: all 20 rows are laid out.
  const tableHeight = await imagesTable(page).evaluate((table) => table.getBoundingClientRect().height)
  expect(tableHeight).toBeGreaterThan(20 * 36)
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight)
  expect(pageHeight).toBeGreaterThan(844 + 300)
  await page.getByRole('navigation', { name: 'Pagination' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('link', { name: 'Next page' })).toBeInViewport()

  await expect(page.getByText('The table scrolls sideways for more columns →')).toBeVisible()
  const sideways = await imagesTable(page).evaluate((table) => {
    const box = table.parentElement as HTMLElement
    return box.scrollWidth > box.clientWidth
  })
  expect(sideways).toBe(true)
})

test('a page number is typed, not picked from hundreds', async ({ page }) => {
  await openApp(page)
  const pageBox = page.getByRole('spinbutton', { name: 'Page', exact: true })
  await pageBox.fill('5')
  await pageBox.press('Enter')
  await expect(rangeText(page)).toHaveText(/^81–100 of /)
  await expect(page).toHaveURL(/\?page=5$/)
  await pageBox.fill('9999')
  await pageBox.press('Enter')
  await expect(page).toHaveURL(/\?page=\d+$/)
  await expect(page.getByRole('link', { name: 'Next page' })).toBeDisabled()
  await expect(bodyRows(page).first()).toBeVisible()
})

import { bodyRows, COLUMN, openApp, rowIds } from './support/app'
import { expect, test } from './support/fixtures'

test('previous and next, and j/k, move the open drawer through the list without closing it', async ({
  page,
}) => {
  await openApp(page)
  const ids = await rowIds(page)
  await bodyRows(page).nth(1).getByRole('cell').nth(COLUMN.name).click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByText(ids[1] ?? '', { exact: true }).first()).toBeVisible()
  await expect(drawer.getByText('2 of 20')).toBeVisible()

  await drawer.getByRole('button', { name: 'Next image' }).click()
  await expect(page).toHaveURL(new RegExp(`image=${ids[2]}`))
  await expect(drawer.getByText('3 of 20')).toBeVisible()

  await page.keyboard.press('k')
  await page.keyboard.press('k')
  await expect(page).toHaveURL(new RegExp(`image=${ids[0]}`))
  await expect(drawer.getByRole('button', { name: 'Previous image' })).toBeDisabled()
  await page.keyboard.press('j')
  await expect(page).toHaveURL(new RegExp(`image=${ids[1]}`))
  await expect(drawer.getByText('2 of 20')).toBeVisible()
  await expect(drawer).toHaveCount(1)

  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(bodyRows(page).nth(1)).toBeFocused()
})

test('Next stops at the last row of the page', async ({ page }) => {
  await openApp(page, '?size=10')
  const ids = await rowIds(page)
  await page.goto(`/?size=10&image=${ids[9]}`)
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByText('10 of 10')).toBeVisible()
  await expect(drawer.getByRole('button', { name: 'Next image' })).toBeDisabled()
})

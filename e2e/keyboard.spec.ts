import { bodyRows, openApp } from './support/app'
import { expect, test } from './support/fixtures'

test('keyboard only: "/" focuses search, Enter looks up an ID, Tab reaches the row, Enter opens it', async ({
  page,
}) => {
  await openApp(page, '?page=3')
  const id = (await bodyRows(page).nth(4).getAttribute('id'))?.replace('image-row-', '') ?? ''
  await page.keyboard.press('Tab')
  await expect(page.getByRole('combobox', { name: 'Region' })).toBeFocused()
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search images' })).toBeFocused()
  await page.keyboard.type(id)
  await page.keyboard.press('Enter')
  await expect(bodyRows(page)).toHaveCount(1)

  const row = bodyRows(page).first()
  for (let i = 0; i < 30 && !(await row.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(row).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(row).toBeFocused()
})

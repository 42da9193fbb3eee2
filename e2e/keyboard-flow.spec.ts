import { bodyRows, imagesTable, openApp, readClipboard, rowIds } from './support/app'
import { expect, test } from './support/fixtures'

test('Escape and ↓ in the search box go on to the table, keeping what was typed', async ({ page }) => {
  await openApp(page)
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.fill('jack')
  await expect(search).toHaveValue('jack')
  await search.press('Escape')
  await expect(bodyRows(page).first()).toBeFocused()
  await expect(search).toHaveValue('jack')
  await page.keyboard.press('ArrowDown')
  await expect(bodyRows(page).nth(1)).toBeFocused()
  await search.focus()
  await search.press('ArrowDown')
  // The table's tab stop is the row last focused.
  await expect(bodyRows(page).nth(1)).toBeFocused()
})

test('j, k and c type into text fields like any letter', async ({ page }) => {
  await openApp(page)
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.focus()
  await page.keyboard.type('jkc')
  await expect(search).toHaveValue('jkc')
  await expect(search).toBeFocused()
})

test('the table is one tab stop; arrows move between rows', async ({ page }) => {
  await openApp(page)
  const rows = bodyRows(page)
  await rows.first().focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(rows.nth(2)).toBeFocused()
  // Tab leaves the table: no other row, no copy button in a row, takes focus.
  await page.keyboard.press('Tab')
  const focusedInTable = await imagesTable(page).evaluate((table) => table.contains(document.activeElement))
  expect(focusedInTable).toBe(false)
  await page.keyboard.press('Shift+Tab')
  await expect(rows.nth(2)).toBeFocused()
  const tabStops = await imagesTable(page).evaluate(
    (table) => table.querySelectorAll('tbody [tabindex="0"], tbody button:not([tabindex="-1"])').length,
  )
  expect(tabStops).toBe(1)
})

test('the whole header is the sort link, and a date sorts newest first', async ({ page }) => {
  await openApp(page)
  const created = imagesTable(page).getByRole('columnheader', { name: /^Created/ })
  const box = await created.boundingBox()
  if (!box) throw new Error('no header')
  // Near the right edge of the header cell, well away from its text.
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2)
  await expect(created).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/sort=created%3Adesc/)
})

test('"c" copies the ID in the drawer; closing the drawer adds no history entry', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/\?page=2$/)
  const [id] = await rowIds(page)
  await bodyRows(page).first().click()
  const drawer = page.getByRole('dialog')
  await expect(drawer).toBeVisible()
  await page.keyboard.press('c')
  await expect.poll(() => readClipboard(page)).toBe(id)
  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)
  await expect(page).toHaveURL(/\?page=2$/)
  // Back goes where the user was before opening the drawer, not into it.
  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('selecting text in a row does not open the drawer; a click does', async ({ page }) => {
  await openApp(page)
  // The Name cell, after the row's Select box.
  const cell = bodyRows(page).first().getByRole('cell').nth(1)
  const box = await cell.boundingBox()
  if (!box) throw new Error('no cell')
  await page.mouse.move(box.x + 12, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2, { steps: 5 })
  await page.mouse.up()
  expect(await page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(3)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.evaluate(() => window.getSelection()?.removeAllRanges())
  await cell.click()
  await expect(page.getByRole('dialog')).toBeVisible()
})

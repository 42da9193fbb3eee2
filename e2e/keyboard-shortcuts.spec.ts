import { bodyRows, openApp, readClipboard, rowIds } from './support/app'
import { expect, test } from './support/fixtures'

test('j/k and the arrows move between rows, Enter opens, Escape closes, "c" copies', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  const ids = await rowIds(page)
  await page.keyboard.press('j')
  await expect(bodyRows(page).nth(0)).toBeFocused()
  await page.keyboard.press('j')
  await page.keyboard.press('ArrowDown')
  await expect(bodyRows(page).nth(2)).toBeFocused()
  await page.keyboard.press('k')
  await expect(bodyRows(page).nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(bodyRows(page).nth(0)).toBeFocused()
  await page.keyboard.press('j')

  await page.keyboard.press('c')
  await expect(page.getByRole('status').filter({ hasText: `Copied ${ids[1]}` })).toBeVisible()
  expect(await readClipboard(page)).toBe(ids[1])

  await page.keyboard.press('Enter')
  const drawer = page.getByRole('dialog')
  await expect(drawer).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`image=${ids[1]}`))
  // In the open drawer j and k step through the rows instead.
  await page.keyboard.press('j')
  await expect(page).toHaveURL(new RegExp(`image=${ids[2]}`))
  await page.keyboard.press('k')
  await expect(page).toHaveURL(new RegExp(`image=${ids[1]}`))
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(bodyRows(page).nth(1)).toBeFocused()
})

test('"?" lists the shortcuts in a dialog; Escape returns focus where it was', async ({ page }) => {
  await openApp(page)
  await bodyRows(page).nth(3).focus()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Copy the focused row’s image ID')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(bodyRows(page).nth(3)).toBeFocused()
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  await expect(dialog).toBeVisible()
})

test('shortcuts never fire while typing in a field', async ({ page }) => {
  await openApp(page)
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.click()
  await page.keyboard.type('jk?c')
  await expect(search).toHaveValue('jk?c')
  await expect(search).toBeFocused()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  const size = page.getByRole('combobox', { name: 'Rows per page' })
  await size.focus()
  await page.keyboard.press('j')
  await expect(size).toBeFocused()
})

import { bodyRows, COLUMN, columnTexts, openApp } from './support/app'
import { expect, test } from './support/fixtures'

test('clicking a row opens a dialog named by the image; Escape closes it and focus returns to the row', {
  tag: '@api',
}, async ({ page, list }) => {
  await list.open()
  const row = list.rows().nth(2)
  const { drawer: dialog, id } = await list.openRow(2)
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`\\?image=${id}$`))
  await expect(dialog.getByText(id).first()).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Copy ID' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Copy JSON' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible()
  await expect(dialog.getByText(`"ImageId": "${id}"`)).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(row).toBeFocused()
  await expect(page).toHaveURL(/\/$/)
})

test('Enter on a focused row opens the drawer; the close button closes it', async ({ page }) => {
  await openApp(page)
  const row = bodyRows(page).first()
  const name = (await columnTexts(page, COLUMN.name))[0] ?? ''
  await row.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toBeFocused()
})

test('Copy ID puts the ID on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  const id = (await bodyRows(page).first().getAttribute('id'))?.replace('image-row-', '') ?? ''
  await bodyRows(page).first().click()
  await page.getByRole('dialog').getByRole('button', { name: 'Copy ID' }).click()
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Copy ID' })).toContainText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id)
})

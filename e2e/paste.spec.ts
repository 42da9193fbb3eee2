import { bodyRows, openApp, paste, rowIds, searchBox } from './support/app'
import { expect, test } from './support/fixtures'

test('a paste of mostly image IDs looks those up and names the tokens that are not IDs', async ({ page }) => {
  await openApp(page)
  const [first, second] = await rowIds(page)
  await paste(page, `${first}, ${second} img-zzzz0000 foo`)
  await searchBox(page).press('Enter')
  const status = page.getByRole('status').filter({ hasText: 'Looking up 3 IDs; filters are off.' })
  await expect(status).toContainText('Not found: img-zzzz0000')
  await expect(status).toContainText('Not image IDs: foo.')
  await expect(bodyRows(page)).toHaveCount(2)
  await expect(page.getByRole('button', { name: /^Name:/ })).toHaveCount(0)
})

test('a plain word still becomes a Name chip', async ({ page }) => {
  await openApp(page)
  await paste(page, 'nginx')
  await searchBox(page).press('Enter')
  await expect(page.getByRole('button', { name: 'Name: nginx', exact: true })).toBeVisible()
  await expect(page.getByText(/Looking up/)).toHaveCount(0)
})

test('a paste of more than 100 IDs looks up 100 and says how many were dropped', async ({ page }) => {
  await openApp(page)
  const ids = Array.from({ length: 130 }, (_, i) => `img-${String(i).padStart(8, '0')}`)
  await paste(page, ids.join('\n'))
  await searchBox(page).press('Enter')
  const status = page.getByRole('status').filter({ hasText: 'Looking up 100 IDs' })
  await expect(status).toContainText('30 more IDs were dropped: one lookup takes at most 100.')
})

test('a value typed in a chip editor is kept when the user clicks outside it', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: /^Platform/ }).click()
  const editor = page.getByRole('dialog', { name: 'Edit filter Platform' })
  await editor.getByRole('textbox', { name: 'Platform value' }).fill('ubuntu')
  await page.getByRole('heading', { name: 'CVM Image Browser' }).click()
  await expect(editor).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Platform: ubuntu', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/platform=ubuntu/)

  // What cannot be applied is not thrown away either: the editor stays and says why.
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: /^Image ID/ }).click()
  const ids = page.getByRole('dialog', { name: 'Edit filter Image ID' })
  await ids.getByRole('textbox', { name: 'Image ID value' }).fill('not-an-id')
  await page.getByRole('heading', { name: 'CVM Image Browser' }).click()
  await expect(ids.getByRole('alert')).toHaveText('Image IDs look like img-pmqg1cw7.')
  await expect(ids.getByRole('textbox', { name: 'Image ID value' })).toHaveValue('not-an-id')
})

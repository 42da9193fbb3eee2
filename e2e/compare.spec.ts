import { bodyRows, openApp, rowIds } from './support/app'
import { expect, test } from './support/fixtures'
import { CUSTOM, fetchFilterable } from './support/ops'

test('two selected images open side by side, differences marked, with a link of their own', {
  tag: '@api',
}, async ({ page }) => {
  await openApp(page, '?type=custom')
  const ids = (await rowIds(page)).slice(0, 2)
  await bodyRows(page).nth(0).getByRole('checkbox').check()
  const compare = page.getByRole('button', { name: 'Compare' })
  await expect(compare).toBeDisabled()
  await bodyRows(page).nth(1).getByRole('checkbox').check()
  await compare.click()

  const view = page.getByRole('dialog', { name: 'Compare 2 images' })
  await expect(view).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`compare=${ids[0]}%2C${ids[1]}`))
  const table = view.getByRole('table', { name: 'Comparison' })
  await expect(table.getByRole('columnheader')).toHaveCount(3)
  await expect(table.getByRole('rowheader', { name: 'ID (differs)' })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: 'Type', exact: true })).toBeVisible()
  const allRows = await table.getByRole('rowheader').count()

  await view.getByRole('switch', { name: 'Only differences' }).click()
  await expect(view.getByRole('switch', { name: 'Only differences' })).toHaveAttribute('aria-checked', 'true')
  await expect(table.getByRole('rowheader', { name: 'Type', exact: true })).toHaveCount(0)
  const differing = await table.getByRole('rowheader').allTextContents()
  expect(differing.length).toBeLessThan(allRows)
  expect(differing.every((label) => label.endsWith('(differs)'))).toBe(true)

  await view.getByRole('button', { name: 'Close' }).click()
  await expect(view).toHaveCount(0)
  await expect(page).not.toHaveURL(/compare=/)
})

test('a compare link works on a fresh load, for images not on the first page', async ({ page, request }) => {
  const all = await fetchFilterable(request, CUSTOM)
  const [a = '', b = '', c = ''] = [all[45], all[70], all[90]].map((image) => image?.id ?? '')
  await page.goto(`/?compare=${a},${b},${c}`)
  const view = page.getByRole('dialog', { name: 'Compare 3 images' })
  const table = view.getByRole('table', { name: 'Comparison' })
  await expect(table.getByRole('columnheader')).toHaveCount(4)
  for (const id of [a, b, c])
    await expect(table.getByRole('columnheader', { name: new RegExp(id ?? '') })).toBeVisible()
  await expect(view.getByText(/fields? differs?$/)).toBeVisible()
})

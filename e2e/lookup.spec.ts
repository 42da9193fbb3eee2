import { bodyRows, openApp, paste, rangeText, searchBox } from './support/app'
import { expect, test } from './support/fixtures'

test('pasted IDs switch to an ID lookup that reports the unknown one', { tag: '@api' }, async ({ page }) => {
  await openApp(page, '?type=public&page=2')
  const ids = await bodyRows(page).evaluateAll((rows) =>
    rows.slice(0, 2).map((row) => row.id.replace('image-row-', '')),
  )
  const unknown = 'img-zzzz0000'
  const search = searchBox(page)
  await paste(page, `${ids[0]}\n${ids[1]},\n${unknown}`)
  await expect(search).toHaveValue(`${ids[0]} ${ids[1]}, ${unknown}`)
  await search.press('Enter')

  await expect(
    page.getByRole('status').filter({ hasText: 'Looking up 3 IDs; filters are off.' }),
  ).toBeVisible()
  await expect(page.getByText(`Not found: ${unknown}`)).toBeVisible()
  await expect(bodyRows(page)).toHaveCount(2)
  await expect(rangeText(page)).toHaveText('1–2 of 2')
  await expect(page.getByRole('button', { name: 'Type: Public', exact: true })).toBeDisabled()
  await expect(page).toHaveURL(new RegExp(`lookup=${ids[0]}&lookup=${ids[1]}&lookup=${unknown}`))

  await page.getByRole('link', { name: 'End ID lookup' }).click()
  await expect(page.getByText(/Looking up/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Type: Public', exact: true })).toBeEnabled()
})

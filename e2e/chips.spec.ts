import { expect, type Page, test } from '@playwright/test'
import { bodyRows, COLUMN, columnTexts, openApp, rangeText } from './support/app'

async function addFilter(page: Page, field: string) {
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: new RegExp(`^${field}`) }).click()
  return page.getByRole('dialog', { name: `Edit filter ${field}` })
}

test('adds, edits and removes a Type chip; values are OR within the chip', async ({ page }) => {
  await openApp(page, '?page=3')
  const editor = await addFilter(page, 'Type')
  await editor.getByRole('checkbox', { name: 'Custom' }).check()
  await editor.getByRole('checkbox', { name: 'Shared' }).check()
  await editor.getByRole('button', { name: 'Apply' }).click()

  await expect(page.getByRole('button', { name: 'Type: Custom or Shared', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/\?type=custom&type=shared$/)
  await expect(rangeText(page)).toHaveText(/^1–20 of /)
  await expect
    .poll(async () => new Set(await columnTexts(page, COLUMN.type)))
    .toEqual(new Set(['Custom', 'Shared']))

  await page.getByRole('button', { name: 'Type: Custom or Shared', exact: true }).click()
  const edit = page.getByRole('dialog', { name: 'Edit filter Type' })
  await edit.getByRole('checkbox', { name: 'Shared' }).uncheck()
  await edit.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByRole('button', { name: 'Type: Custom', exact: true })).toBeVisible()
  await expect.poll(async () => new Set(await columnTexts(page, COLUMN.type))).toEqual(new Set(['Custom']))

  await page.getByRole('button', { name: 'Remove filter Type: Custom' }).click()
  await expect(page.getByRole('button', { name: /^Type:/ })).toHaveCount(0)
  await expect(page).toHaveURL(/\/$/)
})

test('search text adds a Name chip; chips are AND; Clear all removes every chip', async ({ page }) => {
  await openApp(page)
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.fill('ubuntu')
  await search.press('Enter')
  await expect(page.getByRole('button', { name: 'Name: ubuntu', exact: true })).toBeVisible()
  await expect
    .poll(async () => (await columnTexts(page, COLUMN.name)).every((name) => /ubuntu/i.test(name)))
    .toBe(true)

  const editor = await addFilter(page, 'Platform')
  await editor.getByRole('textbox', { name: 'Platform value' }).fill('ubuntu')
  await editor.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/name=ubuntu&platform=ubuntu/)
  await expect
    .poll(async () => (await columnTexts(page, COLUMN.platform)).every((p) => /ubuntu/i.test(p)))
    .toBe(true)

  await page.getByRole('button', { name: 'Clear all' }).click()
  await expect(page.getByRole('button', { name: /^(Name|Platform):/ })).toHaveCount(0)
  await expect(page).toHaveURL(/\/$/)
  await expect(bodyRows(page)).toHaveCount(20)
})

test('a sixth value in a chip is refused before sending, with the limit explained', async ({ page }) => {
  await openApp(page)
  const editor = await addFilter(page, 'Name')
  const input = editor.getByRole('textbox', { name: 'Name value' })
  for (const value of ['a', 'b', 'c', 'd', 'e']) {
    await input.fill(value)
    await input.press('Enter')
  }
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await input.fill('f')
  await input.press('Enter')
  await expect(editor.getByRole('alert')).toHaveText(
    'A filter takes at most 5 values (DescribeImages limit).',
  )
  await editor.getByRole('button', { name: 'Apply' }).click()
  await expect(editor.getByRole('alert')).toBeVisible()
  expect(requests.filter((url) => url.includes('/api/'))).toEqual([])

  await input.fill('')
  await input.press('Enter')
  await expect(page.getByRole('button', { name: 'Name: a, b, c, d or e', exact: true })).toBeVisible()
})

test('the search box refuses a sixth name the same way', async ({ page }) => {
  await openApp(page, '?name=a&name=b&name=c&name=d&name=e')
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.fill('f')
  await search.press('Enter')
  await expect(page.getByRole('alert')).toHaveText('A filter takes at most 5 values (DescribeImages limit).')
  await expect(search).toHaveValue('f')
})

import { readFile } from 'node:fs/promises'
import { bodyRows, imagesTable, openApp, parseCsv, readClipboard, rowIds } from './support/app'
import { expect, test } from './support/fixtures'

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

const bar = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Selection' })

async function rowNames(page: import('@playwright/test').Page) {
  return bodyRows(page).evaluateAll((rows) =>
    rows.map((row) => row.querySelectorAll('td')[1]?.textContent ?? ''),
  )
}

test('a selection survives paging and sorting; Copy IDs, Export selected and Clear act on all of it', {
  tag: '@api',
}, async ({ page }) => {
  await openApp(page, '?type=custom')
  const firstIds = (await rowIds(page)).slice(0, 2)
  const names = await rowNames(page)
  await page.getByRole('checkbox', { name: `Select ${names[0]}` }).check()
  await page.getByRole('checkbox', { name: `Select ${names[1]}` }).check()
  await expect(bar(page)).toContainText('2 selected')

  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(bodyRows(page).first()).not.toHaveId(`image-row-${firstIds[0]}`)
  const secondId = (await rowIds(page))[0] ?? ''
  await bodyRows(page).first().getByRole('checkbox').check()
  await expect(bar(page)).toContainText('3 selected')

  await imagesTable(page).getByRole('columnheader', { name: 'Name' }).getByRole('link').click()
  await expect(page.getByText(/^Sorted across all/)).toBeVisible()
  await expect(bar(page)).toContainText('3 selected')
  await expect(page.getByRole('note', { name: 'Review stamp' })).toContainText('3 selected')

  await bar(page).getByRole('button', { name: 'Copy IDs' }).click()
  await expect(bar(page).getByRole('status')).toHaveText('Copied 3 IDs')
  expect(await readClipboard(page)).toBe([...firstIds, secondId].join('\n'))

  await bar(page).getByRole('button', { name: 'Export selected' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'CSV' }).click()
  const csv = await readFile(await (await downloading).path(), 'utf8')
  const [, ...lines] = parseCsv(csv.slice(1))
  expect(lines.map((line) => line[1])).toEqual([...firstIds, secondId])

  await bar(page).getByRole('button', { name: 'Export selected' }).click()
  const json = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'JSON' }).click()
  const exported = JSON.parse(await readFile(await (await json).path(), 'utf8')) as { ImageId: string }[]
  expect(exported.map((image) => image.ImageId)).toEqual([...firstIds, secondId])

  await bar(page).getByRole('button', { name: 'Clear' }).click()
  await expect(bar(page)).toHaveCount(0)
  await expect(imagesTable(page).getByRole('checkbox', { checked: true })).toHaveCount(0)
})

test('"Select all on this page" selects the page and clears it again; x toggles the focused row', async ({
  page,
}) => {
  await openApp(page)
  const all = page.getByRole('checkbox', { name: 'Select all on this page' })
  await all.check()
  await expect(bar(page)).toContainText('20 selected')
  await bodyRows(page).nth(3).getByRole('checkbox').uncheck()
  await expect(all).not.toBeChecked()
  await expect(bar(page)).toContainText('19 selected')
  // A page partly selected: the header box is mixed, and a click selects the whole page.
  await expect(all).toHaveJSProperty('indeterminate', true)
  await all.check()
  await expect(bar(page)).toContainText('20 selected')
  await all.uncheck()
  await expect(bar(page)).toHaveCount(0)

  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(bodyRows(page).nth(1)).toBeFocused()
  await page.keyboard.press('x')
  await expect(bodyRows(page).nth(1).getByRole('checkbox')).toBeChecked()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.keyboard.press('x')
  await expect(bodyRows(page).nth(1).getByRole('checkbox')).not.toBeChecked()
})

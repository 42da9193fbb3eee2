import { readFile } from 'node:fs/promises'
import { bodyRows, COLUMN, fetchAllImages, imagesTable, openApp, parseCsv, reviewStamp } from './support/app'
import { expect, test } from './support/fixtures'

// A Beijing user: the browser's zone is UTC+8 all year.
test.use({ timezoneId: 'Asia/Shanghai' })

interface Created {
  ImageId: string
  CreatedTime?: string
  ImageCreateTime?: string
}

/** "2024-05-03 14:22" for an API time, shifted by `hours`. */
function shifted(apiTime: string, hours: number): string {
  const time = new Date(Date.parse(apiTime) + hours * 3_600_000).toISOString()
  return `${time.slice(0, 10)} ${time.slice(11, 16)}`
}

test('dates show in local time by default, labelled UTC+8 in the header, the drawer and the stamp', async ({
  page,
  request,
}) => {
  const [newest] = (await fetchAllImages(request, {})) as unknown as Created[]
  if (!newest) throw new Error('empty catalog')
  const apiTime = newest.ImageCreateTime ?? newest.CreatedTime ?? ''
  await openApp(page)
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('local')
  await expect(imagesTable(page).getByRole('columnheader', { name: 'Created UTC+8' })).toBeVisible()
  const cell = bodyRows(page).first().getByRole('cell').nth(COLUMN.created)
  await expect(cell).toContainText(shifted(apiTime, 8))
  await expect(reviewStamp(page)).toContainText(/fetched \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\+8$/)
  await bodyRows(page).first().click()
  await expect(page.getByRole('dialog')).toContainText(
    `${shifted(apiTime, 8)}:${apiTime.slice(17, 19)} UTC+8`,
  )
})

test('UTC is one choice away, kept in the URL as tz=utc and remembered', async ({ page, request }) => {
  const [newest] = (await fetchAllImages(request, {})) as unknown as Created[]
  const apiTime = newest?.ImageCreateTime ?? newest?.CreatedTime ?? ''
  await openApp(page)
  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('utc')
  await expect(page).toHaveURL(/\?tz=utc$/)
  await expect(
    imagesTable(page).getByRole('columnheader', { name: 'Created UTC', exact: true }),
  ).toBeVisible()
  await expect(bodyRows(page).first().getByRole('cell').nth(COLUMN.created)).toContainText(
    shifted(apiTime, 0),
  )
  await expect(reviewStamp(page)).toContainText(/ UTC$/)

  // A plain visit later shows UTC again, and says so in its URL.
  await openApp(page, '?type=public')
  await expect(page).toHaveURL(/\?type=public&tz=utc$/)
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('utc')
  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('local')
  await expect(page).toHaveURL(/\?type=public$/)
})

test('a CSV export writes Created in the zone on screen, naming it', async ({ page }) => {
  // Custom images: the legacy API sends public images' creation time as 1970, exported as sent.
  await openApp(page, '?type=custom&cols=id,created')
  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /^Download CSV/ }).click()
  const text = await readFile(await (await downloading).path(), 'utf8')
  const [, ...rows] = parseCsv(text.slice(1))
  expect(rows.length).toBeGreaterThan(20)
  for (const row of rows) expect(row[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\+8$/)
  const shown = await bodyRows(page).first().getByRole('cell').nth(2).textContent()
  expect(shown).toContain(rows[0]?.[1]?.slice(0, 16))
})

import { bodyRows, COLUMN, columnTexts, fetchAllImages, imagesTable, openApp, rangeText } from './support/app'
import { expect, test } from './support/fixtures'

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

test('sorting by name covers every page, not just the first', { tag: '@api' }, async ({ page, request }) => {
  const all = await fetchAllImages(request, {})
  const names = all.map((image) => image.ImageName).sort(collator.compare)
  await openApp(page)
  const header = imagesTable(page).getByRole('columnheader', { name: 'Name' })
  await expect(header).toHaveAttribute('aria-sort', 'none')

  await header.getByRole('link').click()
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  await expect(page.getByText(`Sorted across all ${all.length.toLocaleString('en-US')} images`)).toBeVisible()
  await expect(page).toHaveURL(/\?sort=name%3Aasc$/)
  await expect.poll(() => columnTexts(page, COLUMN.name)).toEqual(names.slice(0, 20))

  await page.getByRole('link', { name: 'Last page' }).click()
  const lastPageStart = Math.floor((names.length - 1) / 20) * 20
  await expect.poll(() => columnTexts(page, COLUMN.name)).toEqual(names.slice(lastPageStart))

  await header.getByRole('link').click()
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  await expect(rangeText(page)).toHaveText(/^1–20 of /)
  await expect.poll(() => columnTexts(page, COLUMN.name)).toEqual([...names].reverse().slice(0, 20))

  await header.getByRole('link').click()
  await expect(header).toHaveAttribute('aria-sort', 'none')
  await expect(page.getByText(/^Sorted across all/)).toHaveCount(0)
})

test('shift-click adds a secondary sort; the sort is stable within equal keys', async ({ page, request }) => {
  const all = await fetchAllImages(request, {})
  await openApp(page)
  await imagesTable(page).getByRole('columnheader', { name: 'Type' }).getByRole('link').click()
  await imagesTable(page)
    .getByRole('columnheader', { name: /^Name/ })
    .getByRole('link')
    .click({ modifiers: ['Shift'] })
  await expect(page).toHaveURL(/sort=type%3Aasc%2Cname%3Aasc/)
  const label = { PUBLIC_IMAGE: 'Public', PRIVATE_IMAGE: 'Custom', SHARED_IMAGE: 'Shared' } as Record<
    string,
    string
  >
  const expected = [...all]
    .sort(
      (a, b) =>
        collator.compare(label[a.ImageType] ?? '', label[b.ImageType] ?? '') ||
        collator.compare(a.ImageName, b.ImageName),
    )
    .slice(0, 20)
    .map((image) => image.ImageId)
  await expect
    .poll(() => bodyRows(page).evaluateAll((rows) => rows.map((row) => row.id.replace('image-row-', ''))))
    .toEqual(expected)
})

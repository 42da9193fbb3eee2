import { bodyRows, fetchAllImages, imagesTable, openApp, rangeText } from './support/app'
import { expect, test } from './support/fixtures'

test('?image= opens the drawer for an image that is not on the current page', async ({ page, request }) => {
  const all = await fetchAllImages(request, {})
  const far = all[all.length - 1]
  if (!far) throw new Error('empty catalog')
  await page.goto(`/?image=${far.ImageId}`)
  await expect(page.getByRole('dialog', { name: far.ImageName })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(rangeText(page)).toHaveText(/^1–20 of /)
  const shownIds = await bodyRows(page).evaluateAll((rows) => rows.map((row) => row.id))
  expect(shownIds).not.toContain(`image-row-${far.ImageId}`)
})

test('a full URL reproduces the screen: region, chips, sort, page, size and drawer', { tag: '@api' }, async ({
  page,
  request,
}) => {
  const custom = await fetchAllImages(request, {
    Region: 'ap-shanghai',
    'Filters.0.Name': 'image-type',
    'Filters.0.Values.0': 'PRIVATE_IMAGE',
  })
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
  const sorted = [...custom].sort((a, b) => collator.compare(b.ImageName, a.ImageName))
  const target = sorted[11]
  if (!target) throw new Error('not enough custom images')
  await page.goto(`/?region=ap-shanghai&type=custom&sort=name:desc&page=2&size=10&image=${target.ImageId}`)

  await expect(page.getByRole('dialog', { name: target.ImageName })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(bodyRows(page).nth(1)).toBeFocused()
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-shanghai')
  await expect(page.getByRole('button', { name: 'Type: Custom', exact: true })).toBeVisible()
  await expect(imagesTable(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(rangeText(page)).toHaveText(`11–20 of ${custom.length.toLocaleString('en-US')}`)
})

test('Back and Forward step through views', async ({ page }) => {
  await openApp(page)
  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(rangeText(page)).toHaveText(/^21–40 of /)
  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(rangeText(page)).toHaveText(/^41–60 of /)
  await page.goBack()
  await expect(rangeText(page)).toHaveText(/^21–40 of /)
  await page.goBack()
  await expect(rangeText(page)).toHaveText(/^1–20 of /)
  await page.goForward()
  await expect(rangeText(page)).toHaveText(/^21–40 of /)
  await expect(page).toHaveURL(/\?page=2$/)
})

import { bodyRows, COLUMN, fetchAllImages, imagesTable, openApp, reviewStamp } from './support/app'
import { expect, test } from './support/fixtures'
import { openZh, zhStamp } from './support/zh-cn'

/** Small things a hands-on trial read as broken: each checked as the user meets it. */

interface Created {
  ImageId: string
  CreatedTime?: string
  ImageCreateTime?: string
}

test('Next onto the last page keeps the focus in the pager, on Previous', async ({ page }) => {
  await openApp(page, '?page=18')
  const next = page.getByRole('link', { name: 'Next page' })
  await next.focus()
  await next.press('Enter')
  await expect(page).toHaveURL(/page=19/)
  await expect(next).toBeDisabled()
  await expect(page.getByRole('link', { name: 'Previous page' })).toBeFocused()
})

test('review mode with the drawer open: the drawer covers the whole page and the raw JSON wraps', async ({
  page,
}) => {
  await openApp(page, '?review=1')
  await bodyRows(page).first().click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByRole('heading', { name: 'Raw JSON' })).toBeVisible()
  const { drawerBottom, pageHeight } = await drawer.evaluate((element) => ({
    drawerBottom: element.getBoundingClientRect().bottom + window.scrollY,
    pageHeight: document.documentElement.scrollHeight,
  }))
  expect(pageHeight).toBeGreaterThan(800)
  expect(drawerBottom).toBeGreaterThanOrEqual(pageHeight - 1)
  const json = drawer.getByRole('region', { name: 'Raw JSON' })
  const clipped = await json.evaluate((box) => box.scrollWidth - box.clientWidth)
  expect(clipped).toBeLessThanOrEqual(0)
})

test('one image is "the only image", the Select column has a named header, and no age reads "12 mo"', async ({
  page,
  request,
}) => {
  const [image] = (await fetchAllImages(request, {})) as unknown as Created[]
  const created = Date.parse(image?.ImageCreateTime ?? image?.CreatedTime ?? '')
  // 362 days on: eleven months and some days, short of a year.
  await page.clock.setFixedTime(created + 362 * 86_400_000)
  await openApp(page, `?id=${image?.ImageId}&sort=name:asc`)
  await expect(reviewStamp(page)).toContainText('sorted by Name ↑ (the only image)')
  await expect(page.getByText('Sorted: the only image')).toBeVisible()
  await expect(reviewStamp(page)).not.toContainText('all 1')
  await expect(bodyRows(page).first().getByRole('cell').nth(COLUMN.created)).toContainText('11 mo ago')
  const select = imagesTable(page).getByRole('columnheader', { name: 'Select', exact: true })
  await expect(select.getByRole('checkbox', { name: 'Select all on this page' })).toBeVisible()
})

test('the Chinese stamp writes its brackets full-width, and one image as the only one', async ({
  page,
  request,
}) => {
  const all = (await fetchAllImages(request, {})) as unknown as {
    ImageId: string
    ImageState?: string
    ImageStatus?: string
  }[]
  const image = all.find((one) => (one.ImageState ?? one.ImageStatus) === 'NORMAL')
  await openZh(page, `id=${image?.ImageId}&sort=name:asc&status=normal`)
  const stamp = zhStamp(page)
  await expect(stamp).toContainText('华南地区（广州）')
  await expect(stamp).toContainText('（仅此 1 个）')
  await expect(stamp).toContainText('（已在浏览器中筛选仅有的 1 个镜像）')
  await expect(stamp).not.toContainText(/[()]/)
  await expect(page.getByRole('columnheader', { name: '选择', exact: true })).toBeVisible()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('"Filters & tools" folds the toolbar, so the first row sits high on the screen', async ({ page }) => {
    await openApp(page)
    const fold = page.getByRole('button', { name: 'Filters & tools' })
    await expect(fold).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('searchbox')).toBeVisible()
    await expect(reviewStamp(page)).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Region' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Add filter' })).toBeHidden()
    const firstRowTop = await bodyRows(page)
      .first()
      .evaluate((row) => row.getBoundingClientRect().top)
    expect(firstRowTop).toBeLessThan(300)

    await fold.click()
    await expect(fold).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('combobox', { name: 'Region' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add filter' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Export' })).toBeVisible()
  })
})

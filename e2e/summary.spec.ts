import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations, fetchAllImages, reviewStamp } from './support/app'
import { expect, test } from './support/fixtures'
import { gotoApp } from './support/hydration'
import { CUSTOM } from './support/ops'

const CHARTS = ['platform', 'type', 'architecture', 'status', 'age']

async function openSummary(page: Page, query: string): Promise<void> {
  await gotoApp(page, `/?view=summary&${query}`)
  await expect(page.getByRole('img', { name: 'Images by platform' })).toBeVisible()
}

test('the summary charts every image of the filters, and a bar opens exactly its images in the list', async ({
  page,
  request,
  list,
}) => {
  const custom = await fetchAllImages(request, CUSTOM)
  const centos = custom.filter((image) => image.Platform === 'CentOS').length
  // The API's platform filter matches a part of a name: "centos" is TencentOS too, which the bar must leave out.
  expect(custom.some((image) => image.Platform === 'TencentOS')).toBe(true)
  await openSummary(page, 'type=custom')
  for (const chart of CHARTS)
    await expect(page.getByRole('img', { name: `Images by ${chart}` })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Images by platform' })).toHaveAccessibleDescription(
    new RegExp(`CentOS: ${centos} images`),
  )
  await expect(reviewStamp(page)).toContainText(
    `Summary · Guangzhou (ap-guangzhou) · Type: Custom · All ${custom.length} images · fetched `,
  )
  await expect(
    page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Summary' }),
  ).toHaveAttribute('aria-current', 'page')
  await expectNoSeriousA11yViolations(page)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export counts (CSV)' }).click()
  const counts = await readFile((await (await download).path()) as string, 'utf8')
  expect(counts).toContain(`Images by platform,CentOS,CentOS,${centos}\r\n`)

  await page.getByRole('link', { name: `CentOS: ${centos} images` }).click()
  await expect(page).toHaveURL(/[?&]os=CentOS/)
  await expect(list.rows().first()).toHaveAttribute('id', /^image-row-img-/)
  expect(await list.total()).toBe(centos)
  await expect(page.getByRole('button', { name: /^Platform \(exact\): CentOS/ })).toBeVisible()
})

test('an earlier export compared with the view: added, removed and changed, with a warning for another region', async ({
  page,
  request,
  list,
}) => {
  const custom = await fetchAllImages(request, CUSTOM)
  const [first, second, third, ...rest] = custom as unknown as Record<string, unknown>[]
  const stateKey = second && 'ImageState' in second ? 'ImageState' : 'ImageStatus'
  const state = String(second?.[stateKey])
  const earlierState = state === 'SYNCING' ? 'NORMAL' : 'SYNCING'
  // The earlier file: one image since added (left out), one since removed, one renamed, one whose state moved.
  const earlier = [
    { ...first, ImageName: 'old-name' },
    { ...second, [stateKey]: earlierState },
    { ImageId: 'img-gone0001', ImageName: 'retired-web', ImageState: 'NORMAL' },
    ...rest,
  ]
  expect(third).toBeDefined()
  // Picked from the list's Export menu: the summary of the same view compares it.
  await list.open('?type=custom')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: /^Compare with an earlier export…/ }).click()
  await (await chooser).setFiles({
    name: 'cvm-images_ap-shanghai_type-custom_20261101T090000Z.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(earlier)),
  })
  await expect(page).toHaveURL(/[?&]view=summary/)
  const changes = page.getByRole('region', { name: /^Changes since cvm-images_ap-shanghai/ })
  await expect(changes).toContainText('1 added · 1 removed · 2 changed')
  await expect(changes).toContainText('The file is of region ap-shanghai, this view of ap-guangzhou')
  const table = changes.getByRole('table', { name: 'Changes' })
  await expect(table).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await changes.getByRole('button', { name: 'Removed (1)' }).click()
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row').nth(1)).toHaveText(/Removed\s*img-gone0001\s*retired-web/)
  await changes.getByRole('button', { name: 'Changed (2)' }).click()
  await expect(table).toContainText(`name: old-name → ${first?.ImageName}`)
  await expect(table).toContainText(`state: ${earlierState} → ${state}`)
  await changes.getByRole('button', { name: 'Added (1)' }).click()
  await expect(table).toContainText(String(third?.ImageId))

  const download = page.waitForEvent('download')
  await changes.getByRole('button', { name: 'Export changes (CSV)' }).click()
  const csv = await readFile((await (await download).path()) as string, 'utf8')
  expect(csv).toContain('Removed,img-gone0001,retired-web,,,\r\n')
  expect(csv).toContain(`Added,${third?.ImageId},`)
})

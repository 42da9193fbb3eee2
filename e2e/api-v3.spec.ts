import type { APIRequestContext } from '@playwright/test'
import type { ImageV3 } from '../core/describe-images-v3'
import {
  bodyRows,
  expectNoSeriousA11yViolations,
  fetchAllImages,
  openApp,
  quotaCounted,
  rangeText,
} from './support/app'
import { expect, test } from './support/fixtures'
import { addFilter, totalOf } from './support/image-list'

/**
 * The browser over API 3.0 (TENCENTCLOUD_API=v3): tag chips and the drawer's 3.0-only fields, and, against
 * the legacy app, that none of it leaks in. Each test runs only against the app whose /api/info matches.
 */
/** One page of 3.0 images straight from the proxy, for picking test subjects and expected answers. */
async function v3Images(request: APIRequestContext, params: Record<string, string>): Promise<ImageV3[]> {
  const query = new URLSearchParams({ Region: 'ap-guangzhou', Limit: '100', ...params })
  const response = await request.get(`/api/DescribeImages?${query}`)
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { Response: { ImageSet: ImageV3[] } }).Response.ImageSet
}

test.describe('API 3.0 mode', { tag: '@v3' }, () => {
  test('Tag and Tag key chips filter the table, as the API does, and travel in the URL', async ({
    page,
    request,
  }) => {
    const envProd = await fetchAllImages(request, {
      'Filters.0.Name': 'tag:env',
      'Filters.0.Values.0': 'prod',
    })
    const withOwner = await fetchAllImages(request, {
      'Filters.0.Name': 'tag-key',
      'Filters.0.Values.0': 'owner',
      'Filters.1.Name': 'tag:env',
      'Filters.1.Values.0': 'prod',
    })
    expect(envProd.length).toBeGreaterThan(withOwner.length)
    expect(withOwner.length).toBeGreaterThan(0)

    await openApp(page)
    const editor = await addFilter(page, 'Tag')
    await editor.getByRole('textbox', { name: 'Tag key' }).fill('env')
    await editor.getByRole('textbox', { name: 'Tag key' }).press('Enter')
    await expect(editor.getByRole('textbox', { name: 'Tag value' })).toBeFocused()
    await page.keyboard.type('prod')
    await editor.getByRole('button', { name: 'Apply' }).click()

    await expect(page.getByRole('button', { name: 'Tag env: prod', exact: true })).toBeVisible()
    await expect(page).toHaveURL(/\?tag=env%3Aprod$/)
    await expect.poll(async () => totalOf(await rangeText(page).textContent())).toBe(envProd.length)
    const expectedIds = new Set(envProd.map((image) => `image-row-${image.ImageId}`))
    for (const id of await bodyRows(page).evaluateAll((rows) => rows.map((row) => row.id))) {
      expect(expectedIds.has(id)).toBe(true)
    }

    const keyEditor = await addFilter(page, 'Tag key')
    await keyEditor.getByRole('textbox', { name: 'Tag key' }).fill('owner')
    await keyEditor.getByRole('button', { name: 'Apply' }).click()
    await expect(page).toHaveURL(/\?tagkey=owner&tag=env%3Aprod$/)
    await expect.poll(async () => totalOf(await rangeText(page).textContent())).toBe(withOwner.length)

    await page.reload()
    await expect(page.getByRole('button', { name: 'Tag key: owner', exact: true })).toBeVisible()
    await page.getByRole('link', { name: 'Remove filter Tag env: prod' }).click()
    await expect(page).toHaveURL(/\?tagkey=owner$/)
    await expect(page.getByRole('button', { name: /^Tag env/ })).toHaveCount(0)
  })

  test('at 1440 px the whole table fits, the Image family column included', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await openApp(page)
    const family = page.getByRole('columnheader', { name: /Image family/ })
    const right = await family.evaluate((cell) => Math.floor(cell.getBoundingClientRect().right))
    expect(right).toBeLessThanOrEqual(1440)
    const hidden = await page.getByRole('main').evaluate((box) => box.scrollWidth - box.clientWidth)
    expect(hidden).toBeLessThanOrEqual(0)
  })

  test('a Tag chip takes at most 5 values, before anything is sent', async ({ page }) => {
    await openApp(page, '?tag=env:prod&tag=env:staging&tag=env:test&tag=env:dev&tag=env:gray')
    await quotaCounted(page)
    await page.getByRole('button', { name: 'Tag env: prod, staging, test, dev or gray', exact: true }).click()
    const editor = page.getByRole('dialog', { name: 'Edit filter Tag env' })
    const requests: string[] = []
    page.on('request', (sent) => requests.push(sent.url()))
    await editor.getByRole('textbox', { name: 'Value of tag env' }).fill('uat')
    await editor.getByRole('textbox', { name: 'Value of tag env' }).press('Enter')
    await expect(editor.getByRole('alert')).toHaveText(
      'A filter takes at most 5 values (DescribeImages limit).',
    )
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([])
  })

  test('the drawer shows size, snapshots and tags of an image, and passes axe', async ({ page, request }) => {
    const custom = await v3Images(request, { 'Filters.0.Name': 'tag-key', 'Filters.0.Values.0': 'env' })
    const image = custom.find((candidate) => candidate.SnapshotSet.length > 1 && candidate.Tags.length > 1)
    if (!image) throw new Error('the demo catalog has no tagged image with data-disk snapshots')

    await page.goto(`/?image=${image.ImageId}`)
    const dialog = page.getByRole('dialog', { name: image.ImageName })
    await expect(dialog.getByRole('definition').filter({ hasText: `${image.ImageSize} GiB` })).toBeVisible()
    const snapshots = dialog.getByRole('table', { name: 'Snapshots' })
    await expect(snapshots.getByRole('row')).toHaveCount(image.SnapshotSet.length + 1)
    for (const snapshot of image.SnapshotSet) {
      await expect(snapshots.getByRole('row', { name: new RegExp(snapshot.SnapshotId) })).toContainText(
        `${snapshot.DiskSize} GiB`,
      )
    }
    const tags = dialog.getByRole('list', { name: 'Tags' }).getByRole('listitem')
    await expect(tags).toHaveText(image.Tags.map((tag) => `${tag.Key}=${tag.Value}`))
    await expect(dialog.getByText(/^(Supported|Not supported)$/)).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })

  test('the drawer of an official image shows no empty snapshot or tag section', async ({
    page,
    request,
  }) => {
    const [image] = await v3Images(request, {
      'Filters.0.Name': 'image-type',
      'Filters.0.Values.0': 'PUBLIC_IMAGE',
    })
    if (!image) throw new Error('no public image')
    await page.goto(`/?image=${image.ImageId}`)
    const dialog = page.getByRole('dialog', { name: image.ImageName })
    await expect(dialog.getByText('Official', { exact: true })).toBeVisible()
    await expect(dialog.getByRole('table', { name: 'Snapshots' })).toHaveCount(0)
    await expect(dialog.getByRole('list', { name: 'Tags' })).toHaveCount(0)
  })
})

test.describe('legacy mode', () => {
  test('offers no tag filters and ignores tag parameters in a link, without an error', async ({ page }) => {
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/DescribeImages')) sent.push(decodeURIComponent(request.url()))
    })
    await openApp(page, '?tag=env:prod&tagkey=owner&type=custom')
    await expect(page.getByRole('button', { name: 'Type: Custom', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Tag/ })).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.filter((url) => /tag/i.test(url))).toEqual([])

    await page.getByRole('button', { name: 'Add filter' }).click()
    await expect(page.getByRole('menuitem')).toHaveText([
      /^Type/,
      /^Name/,
      /^Image ID/,
      /^Platform/,
      /^Created/,
      /^Status/,
      /^Architecture/,
    ])
  })
})

test('@screens the 3.0 drawer, light and dark', { tag: '@v3' }, async ({ page, request }) => {
  const custom = await v3Images(request, { 'Filters.0.Name': 'tag-key', 'Filters.0.Values.0': 'cost-center' })
  const image = custom.find((candidate) => candidate.SnapshotSet.length > 1) ?? custom[0]
  if (!image) throw new Error('no tagged image')
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    const costCenter = image.Tags.find((tag) => tag.Key === 'cost-center')?.Value
    await page.goto(`/?tag=cost-center:${costCenter}&image=${image.ImageId}`)
    await expect(page.getByRole('dialog', { name: image.ImageName })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Snapshots' })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath(`v3-drawer-${theme}.png`) })
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Add filter' }).click()
    await page.screenshot({ path: test.info().outputPath(`v3-menu-${theme}.png`) })
    await page.getByRole('menuitem', { name: 'Tag', exact: true }).click()
    await page.getByRole('textbox', { name: 'Tag key' }).fill('env')
    await page.getByRole('textbox', { name: 'Tag value' }).fill('prod')
    await page.getByRole('textbox', { name: 'Tag value' }).press('Enter')
    await page.getByRole('textbox', { name: 'Tag value' }).fill('staging')
    await page.screenshot({ path: test.info().outputPath(`v3-tag-editor-${theme}.png`) })
  }
})

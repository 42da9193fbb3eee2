import type { Locator } from '@playwright/test'
import { bodyRows, fetchAllImages, openApp, readClipboard, rowIds } from './support/app'
import { expect, test } from './support/fixtures'
import { gotoApp } from './support/hydration'
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

/** How far apart the baselines of each row's label and values are, in pixels, row by row. */
function baselineSpread(table: Locator): Promise<number[]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) => {
      const baselines = [...row.children].map((cell) => {
        // An empty inline block sits with its bottom on the baseline of the line it starts.
        const probe = document.createElement('span')
        probe.style.cssText = 'display:inline-block;width:0;height:0'
        cell.prepend(probe)
        const bottom = probe.getBoundingClientRect().bottom
        probe.remove()
        return bottom
      })
      return Math.max(...baselines) - Math.min(...baselines)
    }),
  )
}

test('a comparison has Copy link, keeps "Only differences" in its link, and reads values as the drawer does', {
  tag: '@api',
}, async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const v3 = test.info().project.name === 'chromium-v3'
  const all = (await fetchAllImages(request, CUSTOM)) as unknown as Record<string, string>[]
  const imported = all.find((image) => image.ImageSource === 'EXTERNAL_IMPORT') ?? all[0]
  const other = all.find((image) => image !== imported && image.ImageSource !== 'EXTERNAL_IMPORT')
  expect(v3 ? imported?.ImageSource : 'none').toBe(v3 ? 'EXTERNAL_IMPORT' : 'none')
  const ids = `${imported?.ImageId},${other?.ImageId}`
  await gotoApp(page, `/?compare=${ids}&diff=1`)

  const view = page.getByRole('dialog', { name: 'Compare 2 images' })
  const only = view.getByRole('switch', { name: 'Only differences' })
  const table = view.getByRole('table', { name: 'Comparison' })
  await expect(only).toHaveAttribute('aria-checked', 'true')
  await expect(table.getByRole('rowheader', { name: 'Type', exact: true })).toHaveCount(0)
  await view.getByRole('button', { name: 'Copy link' }).click()
  await expect(view.getByRole('button', { name: 'Copy link' })).toContainText('Copied')
  const link = new URL(await readClipboard(page))
  expect(link.searchParams.get('compare')).toBe(ids)
  expect(link.searchParams.get('diff')).toBe('1')

  await only.click()
  await expect(page).not.toHaveURL(/diff=/)
  const type = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Type', exact: true }) })
  await expect(type.getByRole('cell')).toHaveText(['Custom (PRIVATE_IMAGE)', 'Custom (PRIVATE_IMAGE)'])
  if (v3) {
    const source = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Source/ }) })
    await expect(source.getByRole('cell').first()).toHaveText('Imported')
  }
  await expect(table).not.toContainText('EXTERNAL_IMPORT')
  expect(Math.max(...(await baselineSpread(table)))).toBeLessThan(0.5)

  await page.goto(`/?compare=${ids}&diff=1&lang=zh-CN`)
  const zh = page.getByRole('dialog', { name: '对比 2 个镜像' }).getByRole('table', { name: '镜像对比' })
  await expect(zh.getByRole('rowheader').first()).toBeVisible()
  if (v3) await expect(zh).toContainText('外部导入镜像')
  await expect(zh).not.toContainText('EXTERNAL_IMPORT')
})

import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { fetchAllImages, openApp, parseCsv, readClipboard } from './support/app'
import { expect, test } from './support/fixtures'

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
const CUSTOM = { 'Filters.0.Name': 'image-type', 'Filters.0.Values.0': 'PRIVATE_IMAGE' }

async function exportAs(page: Page, item: RegExp) {
  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item }).click()
  return downloading
}

test('CSV holds every page in the current sort, the visible columns in order, with a BOM', {
  tag: '@api',
}, async ({ page, request }) => {
  const all = await fetchAllImages(request, CUSTOM)
  expect(all.length).toBeGreaterThan(100)
  await openApp(page, '?type=custom&sort=name:asc&cols=name,id,type')
  await expect(page.getByText(/^Sorted across all/)).toBeVisible()

  const download = await exportAs(page, /^Download CSV/)
  const name = download.suggestedFilename()
  expect(name).toMatch(/^cvm-images_ap-guangzhou_type-custom_\d{8}T\d{6}Z\.csv$/)
  const text = await readFile(await download.path(), 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const [header, ...rows] = parseCsv(text.slice(1))
  expect(header).toEqual(['Name', 'ID', 'Type'])
  expect(rows).toHaveLength(all.length)
  expect(rows.map((row) => row[0])).toEqual(all.map((image) => image.ImageName).sort(collator.compare))
  expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(all.map((image) => image.ImageId)))
  expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['Custom']))
  expect(rows.some((row) => /[\u4e00-\u9fff]/.test(row[0] ?? ''))).toBe(true)
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded/ })).toHaveText(
    `Downloaded ${all.length} images as ${name}`,
  )
})

test('JSON is the array of images as the API returned them, every page, in API order', {
  tag: '@api',
}, async ({ page, request }) => {
  const all = await fetchAllImages(request, {})
  await openApp(page)
  const download = await exportAs(page, /^Download JSON/)
  expect(download.suggestedFilename()).toMatch(/^cvm-images_ap-guangzhou_all_\d{8}T\d{6}Z\.json$/)
  const images = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>[]
  expect(images).toHaveLength(all.length)
  expect(images.map((image) => image.ImageId)).toEqual(all.map((image) => image.ImageId))
  expect(images[0]).toEqual(all[0])
})

test('"Copy as Markdown table" copies a captioned table of every result', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const all = await fetchAllImages(request, { 'Filters.0.Name': 'image-name', 'Filters.0.Values.0': 'web' })
  await openApp(page, '?name=web&cols=id,name&sort=name:desc')
  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: /^Copy as Markdown table/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Copied a Markdown/ })).toBeVisible()

  const lines = (await readClipboard(page)).trimEnd().split('\n')
  expect(lines[0]).toMatch(
    new RegExp(
      `^_Guangzhou \\(ap-guangzhou\\) · Name: web · ${all.length} images, all pages · sorted by Name ↓ across all ${all.length} · exported \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC_$`,
    ),
  )
  expect(lines.slice(2, 4)).toEqual(['| ID | Name |', '| --- | --- |'])
  const rows = lines.slice(4)
  expect(rows).toHaveLength(all.length)
  const names = all.map((image) => image.ImageName).sort((a, b) => collator.compare(b, a))
  expect(rows.map((row) => row.slice(2, -2).split(' | ')[1])).toEqual(
    names.map((n) => n.replaceAll('|', '\\|')),
  )
})

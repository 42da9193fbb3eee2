import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { bodyRows, openApp, parseCsv, readClipboard, rowIds } from './support/app'
import { expect, test } from './support/fixtures'
import { CUSTOM, fetchFilterable } from './support/ops'

const count = (n: number) => n.toLocaleString('en-US')
const FILE_TIME = String.raw`\d{8}T\d{6}Z`

async function download(page: Page, menu: string, item: RegExp | string) {
  await page.getByRole('button', { name: menu, exact: true }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item }).click()
  const file = await downloading
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

const csvIds = (text: string) =>
  parseCsv(text.slice(1))
    .slice(1)
    .map((row) => row[0])

async function filterArm(page: Page) {
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: 'Architecture' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit filter Architecture' })
  await editor.getByRole('checkbox', { name: 'arm' }).check()
  await editor.getByRole('button', { name: 'Apply' }).click()
}

test('with a browser-side filter, every export, copy and selection holds what the screen holds, and says so', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const all = await fetchFilterable(request, CUSTOM)
  const arm = all.filter((image) => image.arch === 'arm').map((image) => image.id)
  expect(arm.length).toBeGreaterThan(0)
  expect(arm.length).toBeLessThan(all.length)
  await openApp(page, '?type=custom&arch=arm&cols=id,name')
  const scope = `filtered in the browser across all ${count(all.length)} images`
  await expect(page.getByText(`F${scope.slice(1)}`, { exact: true })).toBeVisible()
  const toolbarStatus = page.getByRole('status').filter({ hasText: /^(Downloaded|Copied a)/ })

  const csv = await download(page, 'Export', /^Download CSV/)
  expect(csv.name).toMatch(new RegExp(`^cvm-images_ap-guangzhou_type-custom_arch-arm_${FILE_TIME}\\.csv$`))
  expect(csvIds(csv.text)).toEqual(arm)
  await expect(toolbarStatus).toHaveText(
    `Downloaded ${count(arm.length)} images, filtered in the browser by Architecture: arm, as ${csv.name}`,
  )

  const json = await download(page, 'Export', /^Download JSON/)
  expect(json.name).toMatch(new RegExp(`_type-custom_arch-arm_${FILE_TIME}\\.json$`))
  expect((JSON.parse(json.text) as { ImageId: string }[]).map((image) => image.ImageId)).toEqual(arm)

  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: /^Copy as Markdown table/ }).click()
  await expect(toolbarStatus).toHaveText(
    /^Copied a Markdown table of .*, filtered in the browser by Architecture: arm$/,
  )
  const markdown = (await readClipboard(page)).trimEnd().split('\n')
  expect(markdown[0]).toContain(
    `Type: Custom; Architecture: arm (${scope}) · ${count(arm.length)} images, all pages`,
  )
  expect(markdown.slice(4).map((row) => row.split(' | ')[0]?.slice(2))).toEqual(arm)

  const tccli = page.getByRole('button', { name: 'Copy as tccli command' })
  await expect(tccli).toHaveAttribute(
    'title',
    /cannot apply the browser-side filters, so a comment line names them$/,
  )
  await tccli.click()
  await expect(tccli).toContainText('Copied')
  const [note, command] = (await readClipboard(page)).split('\n')
  expect(note).toMatch(/^# Not applied by this command .*: arch=arm$/)
  expect(command).toMatch(/^tccli cvm DescribeImages --region ap-guangzhou /)

  // A selection made without the filter: the filter hides some of it, and those are neither copied nor exported.
  await page.getByRole('link', { name: 'Remove filter Architecture: arm' }).click()
  await expect(page.getByText(`F${scope.slice(1)}`, { exact: true })).toHaveCount(0)
  const firstPage = await rowIds(page)
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check()
  const shown = firstPage.filter((id) => arm.includes(id))
  const hidden = firstPage.length - shown.length
  expect(hidden).toBeGreaterThan(0)
  await filterArm(page)
  await expect(bodyRows(page).first()).toHaveId(`image-row-${arm[0]}`)
  const bar = page.getByRole('region', { name: 'Selection' })
  await expect(bar).toContainText(
    `${firstPage.length} selected, ${hidden} hidden by the browser-side filters`,
  )

  await bar.getByRole('button', { name: 'Copy IDs' }).click()
  await expect(bar.getByRole('status')).toHaveText(
    `Copied ${shown.length} ${shown.length === 1 ? 'ID' : 'IDs'}; left out ${hidden} selected ${hidden === 1 ? 'image' : 'images'} the browser-side filters hide`,
  )
  expect(await readClipboard(page)).toBe(shown.join('\n'))
  const selected = await download(page, 'Export selected', 'CSV')
  expect(selected.name).toMatch(
    new RegExp(`^cvm-images_ap-guangzhou_selected-${shown.length}_arch-arm_${FILE_TIME}\\.csv$`),
  )
  expect(csvIds(selected.text)).toEqual(shown)
})

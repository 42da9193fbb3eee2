import { readFile } from 'node:fs/promises'
import { COLUMN, fetchAllImages, parseCsv, readClipboard } from './support/app'
import { expect, test } from './support/fixtures'
import { openZh, zhColumnTexts, zhRange, zhRows, zhStamp, zhTable } from './support/zh-cn'

/** The main journeys in Simplified Chinese, every control found by its Chinese name. */
const zh = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })

test('filter: 添加筛选 → 镜像类型 → 自定义镜像 shows only custom images', async ({ page }) => {
  await openZh(page)
  await page.getByRole('button', { name: '添加筛选' }).click()
  await page.getByRole('menuitem', { name: '镜像类型' }).click()
  const editor = page.getByRole('dialog', { name: '编辑筛选 镜像类型' })
  await editor.getByRole('checkbox', { name: '自定义镜像' }).check()
  await editor.getByRole('button', { name: '应用' }).click()
  await expect(page.getByRole('button', { name: '镜像类型：自定义镜像', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/[?&]type=custom(&|$)/)
  await expect(zhStamp(page)).toContainText('镜像类型：自定义镜像')
  await expect
    .poll(async () => new Set(await zhColumnTexts(page, COLUMN.type)))
    .toEqual(new Set(['自定义镜像']))
  await page.getByRole('link', { name: '移除筛选 镜像类型：自定义镜像' }).click()
  await expect(page).not.toHaveURL(/type=/)
})

test('page: 下一页 and 每页行数, with the range in Chinese', async ({ page }) => {
  await openZh(page)
  await expect(zhRange(page)).toHaveText(/^第 1–20 条，共 [\d,]+ 条$/)
  await page.getByRole('link', { name: '下一页' }).click()
  await expect(zhRange(page)).toHaveText(/^第 21–40 条，共 [\d,]+ 条$/)
  await expect(page).toHaveURL(/[?&]page=2(&|$)/)
  await page.getByRole('combobox', { name: '每页行数' }).selectOption('50')
  await expect(zhRange(page)).toHaveText(/^第 1–50 条，共 [\d,]+ 条$/)
  await expect(zhRows(page)).toHaveCount(50)
})

test('sort: the 名称 header sorts across every page, in pinyin order', async ({ page, request }) => {
  const all = await fetchAllImages(request, {
    'Filters.0.Name': 'image-type',
    'Filters.0.Values.0': 'PRIVATE_IMAGE',
  })
  await openZh(page, 'type=custom')
  await zhTable(page).getByRole('link', { name: '名称' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^已对全部 [\d,]+ 个镜像排序$/ })).toBeVisible()
  await expect(zhTable(page).getByRole('columnheader', { name: '名称' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  const expected = all
    .map((image) => image.ImageName)
    .sort(zh.compare)
    .slice(0, 20)
  await expect.poll(() => zhColumnTexts(page, COLUMN.name)).toEqual(expected)
  await expect(zhStamp(page)).toContainText('按 名称 ↑ 排序')
})

test('drawer: a row opens its details under Chinese labels, data untouched', async ({ page }) => {
  await openZh(page)
  const id = await zhRows(page).first().getAttribute('id')
  await zhRows(page).first().click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByRole('button', { name: '复制 JSON' })).toBeVisible()
  await expect(drawer.getByText('镜像 ID', { exact: true })).toBeVisible()
  await expect(drawer.getByText('操作系统', { exact: true })).toBeVisible()
  await expect(drawer.getByText('创建时间', { exact: true })).toBeVisible()
  await expect(drawer.getByRole('heading', { name: '原始 JSON' })).toBeVisible()
  await expect(drawer.getByText(id?.replace('image-row-', '') ?? '', { exact: true }).first()).toBeVisible()
  await expect(drawer.getByText(/\d+ (分钟|小时|天|个月|年)前|刚刚/)).toBeVisible()
  await drawer.getByRole('button', { name: '关闭' }).click()
  await expect(drawer).toBeHidden()
  await expect(zhRows(page).first()).toBeFocused()
})

test('export: CSV headers and the Markdown caption in Chinese, file names in ASCII', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const all = await fetchAllImages(request, { 'Filters.0.Name': 'image-name', 'Filters.0.Values.0': 'web' })
  await openZh(page, 'name=web&cols=name,id,type,status')
  await page.getByRole('button', { name: '导出' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /^下载 CSV/ }).click()
  const download = await downloading
  const name = download.suggestedFilename()
  expect(name).toMatch(/^cvm-images_ap-guangzhou_name-web_\d{8}T\d{6}Z\.csv$/)
  const [header, ...rows] = parseCsv((await readFile(await download.path(), 'utf8')).slice(1))
  expect(header).toEqual(['名称', '镜像 ID', '类型', '状态'])
  expect(rows).toHaveLength(all.length)
  await expect(page.getByRole('status').filter({ hasText: /^已下载/ })).toHaveText(
    `已下载 ${all.length} 个镜像：${name}`,
  )

  await page.getByRole('button', { name: '导出' }).click()
  await page.getByRole('menuitem', { name: /^复制为 Markdown 表格/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^已复制 .* Markdown 表格$/ })).toBeVisible()
  const [caption, , head] = (await readClipboard(page)).split('\n')
  expect(caption).toMatch(
    new RegExp(
      `^_华南地区（广州） ap-guangzhou · 镜像名称：web · ${all.length} 个镜像，全部页 · API 顺序（未排序） · 导出于 .* UTC_$`,
    ),
  )
  expect(head).toBe('| 名称 | 镜像 ID | 类型 | 状态 |')
})

test('ID lookup: pasted IDs are looked up, missing ones named, and the lookup ends', async ({ page }) => {
  await openZh(page)
  const ids = (
    await zhRows(page).evaluateAll((rows) => rows.map((row) => row.id.replace('image-row-', '')))
  ).slice(0, 2)
  await page.getByRole('searchbox', { name: '搜索镜像' }).fill(`${ids.join(' ')} img-00000000`)
  await page.getByRole('searchbox', { name: '搜索镜像' }).press('Enter')
  await expect(page.getByRole('status').filter({ hasText: '正在查询 3 个 ID，筛选暂不生效。' })).toBeVisible()
  await expect(page.getByText('未找到：')).toBeVisible()
  await expect(zhRows(page)).toHaveCount(2)
  await page.getByRole('link', { name: '结束 ID 查询' }).click()
  await expect(page).not.toHaveURL(/lookup=/)
})

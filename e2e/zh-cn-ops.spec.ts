import { readFile } from 'node:fs/promises'
import { expectNoSeriousA11yViolations, readClipboard } from './support/app'
import { expect, test } from './support/fixtures'
import { addFilter } from './support/image-list'
import { expectNoEnglish, openZh, zhRows } from './support/zh-cn'

/**
 * The browser-side filters, the selection, compare, Refresh and the all-regions search in Simplified
 * Chinese: each used by its Chinese names, each screen checked for English left outside data.
 */
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

test('browser-side filters: 架构, 状态 and 创建时间 from 添加筛选, chips in Chinese', async ({ page }) => {
  await openZh(page, 'type=custom')
  await page.getByRole('button', { name: '添加筛选' }).click()
  for (const name of ['创建时间', '状态', '架构']) {
    await expectNoEnglish(
      page,
      `Add filter: ${name}`,
      ['x86_64', 'arm'],
      page.getByRole('menuitem', { name }),
    )
  }
  await page.keyboard.press('Escape')

  const arch = await addFilter(page, '架构', 'zh-CN')
  await expect(arch.getByText('x86_64 或 arm。在浏览器中对所有页筛选。')).toBeVisible()
  await expectNoEnglish(page, 'Architecture editor', ['x86_64', 'arm'], arch)
  await arch.getByRole('checkbox', { name: 'arm' }).check()
  await arch.getByRole('button', { name: '应用' }).click()
  await expect(page.getByRole('button', { name: '架构：arm', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/[?&]arch=arm(&|$)/)

  const status = await addFilter(page, '状态', 'zh-CN')
  await status.getByRole('checkbox', { name: '正常' }).check()
  await status.getByRole('checkbox', { name: '同步中' }).check()
  await expectNoEnglish(page, 'Status editor', [], status)
  await status.getByRole('button', { name: '应用' }).click()
  await expect(page.getByRole('button', { name: '状态：正常、同步中', exact: true })).toBeVisible()

  const created = await addFilter(page, '创建时间', 'zh-CN')
  await expectNoEnglish(page, 'Created editor', [], created)
  await created.getByRole('button', { name: '最近 1 年' }).click()
  await expect(page.getByRole('button', { name: '创建时间：最近 1 年', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/[?&]created=1y(&|$)/)
  await page.getByRole('button', { name: /^创建时间：/ }).click()
  const again = page.getByRole('dialog', { name: '编辑筛选 创建时间' })
  await again.getByLabel('开始日期（UTC）').fill('2024-01-01')
  await again.getByLabel('结束日期（UTC）').fill('2026-06-30')
  await again.getByRole('button', { name: '应用' }).click()
  await expect(page).toHaveURL(/created=2024-01-01\.\.2026-06-30/)
  const chip = page.getByRole('button', { name: '创建时间：2024-01-01 至 2026-06-30', exact: true })
  await expect(chip).toHaveAttribute('title', '创建时间：2024-01-01 至 2026-06-30（在浏览器中筛选）')
  await expectNoEnglish(
    page,
    'three browser-side filter chips',
    ['arm'],
    page.getByRole('region', { name: '筛选' }),
  )

  await page.getByRole('link', { name: '移除筛选 架构：arm' }).click()
  await expect(page).not.toHaveURL(/arch=/)
})

test('selection: 已选镜像 bar, 复制 ID, 导出所选, then 对比 side by side, axe-clean in light and dark', async ({
  page,
}) => {
  await openZh(page, 'type=custom')
  const ids = await zhRows(page).evaluateAll((rows) => rows.slice(0, 2).map((row) => row.id.slice(10)))
  await zhRows(page).nth(0).getByRole('checkbox').check()
  const bar = page.getByRole('region', { name: '已选镜像' })
  await expect(bar).toContainText('已选 1 个')
  await expect(bar.getByRole('button', { name: '对比' })).toHaveAttribute(
    'title',
    '选择 2 至 3 个镜像进行对比',
  )
  await zhRows(page).nth(1).getByRole('checkbox').check()
  await expect(bar).toContainText('已选 2 个')

  await bar.getByRole('button', { name: '复制 ID' }).click()
  await expect(bar.getByRole('status')).toHaveText('已复制 2 个 ID')
  expect(await readClipboard(page)).toBe(ids.join('\n'))
  await bar.getByRole('button', { name: '导出所选' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'JSON' }).click()
  const file = await (await downloading).path()
  expect((JSON.parse(await readFile(file, 'utf8')) as unknown[]).length).toBe(2)
  await expect(bar.getByRole('status')).toHaveText(/^已下载 2 个镜像，文件名 cvm-images_[\w.-]+\.json$/)
  await expectNoEnglish(page, 'selection bar', [], bar)

  await bar.getByRole('button', { name: '对比' }).click()
  const view = page.getByRole('dialog', { name: '对比 2 个镜像' })
  const table = view.getByRole('table', { name: '镜像对比' })
  await expect(table.getByRole('rowheader', { name: '镜像 ID （不同）' })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: '类型', exact: true })).toBeVisible()
  await expect(view.getByText(/\d+ 个字段不同$/)).toBeVisible()
  await expectNoEnglish(page, 'compare view', [], view)
  await expectNoSeriousA11yViolations(page)

  await view.getByRole('switch', { name: '仅显示差异' }).click()
  await expect(table.getByRole('rowheader', { name: '类型', exact: true })).toHaveCount(0)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoSeriousA11yViolations(page)
  await view.getByRole('button', { name: '关闭' }).click()
  await expect(view).toHaveCount(0)

  await bar.getByRole('button', { name: '清除选择' }).click()
  await expect(bar).toHaveCount(0)
})

test('刷新 asks again past the cache; 自动刷新 shows while images are syncing', async ({ page }) => {
  await openZh(page, 'type=custom&status=syncing')
  const autoRefresh = page.getByRole('switch', { name: '自动刷新' })
  await expect(autoRefresh).toHaveAttribute('aria-checked', 'false')
  await expectNoEnglish(page, 'Auto-refresh', [], autoRefresh)
  await expectNoEnglish(page, 'Refresh', [], page.getByRole('button', { name: '刷新' }))
  const again = page.waitForResponse(
    (response) =>
      response.url().includes('/api/DescribeImages') &&
      response.request().headers()['cache-control'] === 'no-cache',
  )
  await page.getByRole('button', { name: '刷新' }).click()
  expect((await again).status()).toBe(200)
  await autoRefresh.click()
  await expect(autoRefresh).toHaveAttribute('aria-checked', 'true')
})

test('an ID found nowhere: 在所有地域中查找 reports every region in Chinese', async ({ page }) => {
  await page.goto('/?lang=zh-CN&lookup=img-zzzz0000')
  await page.getByRole('button', { name: '在所有地域中查找' }).click()
  const panel = page.getByRole('region', { name: '全地域查找' })
  await expect(panel.getByText('img-zzzz0000 在全部 22 个地域中均未找到。')).toBeVisible({ timeout: 20_000 })
  await expect(panel.getByRole('status')).toHaveText('已查找 22 / 22 个地域')
  await expect(panel.getByRole('progressbar', { name: '已查找的地域' })).toHaveAttribute('value', '22')
  await expectNoEnglish(page, 'all-regions search', [], panel)
  await panel.getByRole('button', { name: '关闭' }).click()
  await expect(panel).toHaveCount(0)
})

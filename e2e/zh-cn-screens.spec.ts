import { expectNoSeriousA11yViolations, injectFault, resetFaults } from './support/app'
import { expect, test } from './support/fixtures'
import { expectNoEnglish, openZh, zhRows } from './support/zh-cn'

test.afterEach(async ({ request }) => {
  await resetFaults(request)
})

test('the list, its menus, editors and dialogs speak Chinese', async ({ page }) => {
  await openZh(page, 'type=custom&name=web&sort=created:desc')
  await expect(page.getByRole('status').filter({ hasText: /^已对全部/ })).toBeVisible()
  await expectNoEnglish(page, 'filtered and sorted list')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('button', { name: '添加筛选' }).click()
  await expect(page.getByRole('menuitem', { name: '平台' })).toBeVisible()
  await expectNoEnglish(page, 'Add filter menu')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '镜像名称：web', exact: true }).click()
  await expect(page.getByRole('dialog', { name: '编辑筛选 镜像名称' })).toBeVisible()
  await expectNoEnglish(page, 'chip editor')
  await expectNoSeriousA11yViolations(page)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '导出' }).click()
  await expect(page.getByRole('menuitem', { name: /^下载 JSON/ })).toBeVisible()
  await expectNoEnglish(page, 'Export menu')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '列设置' }).click()
  await expect(page.getByRole('button', { name: '恢复默认' })).toBeVisible()
  await expectNoEnglish(page, 'Columns panel')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '键盘快捷键' }).click()
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible()
  await expectNoEnglish(page, 'shortcuts dialog')
  await expectNoSeriousA11yViolations(page)
})

test('the drawer speaks Chinese, in light and dark', { tag: '@api' }, async ({ page }) => {
  await openZh(page)
  await zhRows(page).nth(1).click()
  await expect(page.getByRole('dialog').getByRole('button', { name: '复制 JSON' })).toBeVisible()
  await expectNoEnglish(page, 'drawer')
  await expectNoSeriousA11yViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoSeriousA11yViolations(page)
})

test('empty, lookup and error states speak Chinese', async ({ page, request }) => {
  await page.goto('/?lang=zh-CN&name=no-such-image-anywhere')
  await expect(page.getByRole('heading', { name: '没有符合筛选条件的镜像' })).toBeVisible()
  await expectNoEnglish(page, 'empty state', ['no-such-image-anywhere'])
  await expectNoSeriousA11yViolations(page)

  const ids = (await (await request.get('/api/DescribeImages?Limit=2')).json()).Response.ImageSet.map(
    (image: { ImageId: string }) => image.ImageId,
  )
  await openZh(page, `lookup=${ids.join(',')}&lookup=img-00000000`)
  await expect(page.getByText('未找到：')).toBeVisible()
  await expectNoEnglish(page, 'ID lookup')

  await injectFault(request, { kind: 'http500' }, 20)
  await page.getByRole('combobox', { name: '地域' }).selectOption('ap-jakarta')
  const alert = page.getByRole('alert').filter({ hasText: '无法加载镜像' })
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible()
  await expectNoEnglish(page, 'error state')
  await expectNoSeriousA11yViolations(page)
})

test('refused keys are explained in Chinese', async ({ page, request }) => {
  await injectFault(request, { kind: 'error', code: 'AuthFailure.SignatureFailure' }, 20)
  await page.goto('/?lang=zh-CN&region=ap-chengdu')
  const alert = page.getByRole('alert').filter({ hasText: '无法加载镜像' })
  await expect(alert.getByText(/这与您的操作无关/)).toBeVisible()
  await expect(alert.getByRole('button', { name: '复制 RequestId' })).toBeVisible()
  await expectNoEnglish(page, 'refused keys')
})

test('a link notice, the time zone, a paste note and a missing permission speak Chinese', async ({
  page,
  request,
}) => {
  await openZh(page, 'type=nonsense&tz=utc')
  const notice = page.getByRole('status', { name: '链接提示' })
  await expect(notice).toContainText('此链接中已忽略：type=nonsense')
  await expect(page.getByRole('combobox', { name: '时区' })).toHaveValue('utc')
  await expect(page.getByRole('columnheader', { name: /创建时间/ })).toContainText('UTC')
  await expectNoEnglish(page, 'link notice and time zone', ['type', 'nonsense'])

  const [id] = (await (await request.get('/api/DescribeImages?Limit=1')).json()).Response.ImageSet.map(
    (image: { ImageId: string }) => image.ImageId,
  )
  const search = page.getByRole('searchbox', { name: '搜索镜像' })
  await search.fill(`${id} ${id.replace(/.$/, '0')} foo`)
  await search.press('Enter')
  await expect(page.getByText('不是镜像 ID：foo。')).toBeVisible()
  await expectNoEnglish(page, 'paste note', ['foo', 'type', 'nonsense'])

  const { api } = await (await request.get('/api/info')).json()
  await injectFault(
    request,
    { kind: 'error', code: api === 'v3' ? 'UnauthorizedOperation' : 'AuthFailure' },
    20,
  )
  await page.goto('/?lang=zh-CN&region=na-siliconvalley')
  const alert = page.getByRole('alert').filter({ hasText: '无法加载镜像' })
  await expect(alert.getByText(/cvm:DescribeImages/)).toBeVisible()
  await expectNoEnglish(page, 'permission error', ['cvm:DescribeImages', 'QcloudCVMReadOnlyAccess'])
})

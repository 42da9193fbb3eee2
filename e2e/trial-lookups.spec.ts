import type { Page } from '@playwright/test'
import { bodyRows, openApp, rowIds, searchBox } from './support/app'
import { expect, test } from './support/fixtures'
import { gotoApp } from './support/hydration'

/**
 * Right answers first: an ID lookup takes the image-ID shape the API takes, a paste says what Enter will do,
 * a link's adjusted values are named (or, for an instance type's case, simply spelt right), and an empty
 * result names the filters that emptied it. The instance type test runs against the 3.0 app, the rest
 * against the legacy one.
 */
const notice = (page: Page) => page.getByRole('status', { name: 'Link notice' })

async function paste(page: Page, text: string, box = searchBox(page)) {
  await box.focus()
  await page.evaluate((pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
    // A paste without new lines is left to the browser; put it in as the browser would.
    const field = document.activeElement as HTMLInputElement
    if (field.value === '') document.execCommand('insertText', false, pasted)
  }, text)
}

test.describe('the legacy app', () => {
  test('a paste names a malformed img- token and looks up the rest, instead of failing', async ({ page }) => {
    await openApp(page)
    await paste(page, 'img-abc img-dtttttbn')
    await searchBox(page).press('Enter')
    const status = page.getByRole('status').filter({ hasText: 'Looking up 1 ID; filters are off.' })
    await expect(status).toContainText('Not image IDs: img-abc.')
    await expect(bodyRows(page)).toHaveCount(1)
    expect(await rowIds(page)).toEqual(['img-dtttttbn'])
    await expect(page.getByText('InvalidImageId.Malformed')).toHaveCount(0)
  })

  test('a paste says at once what Enter will look up, in English and in Chinese', async ({ page }) => {
    await openApp(page)
    const ids = (await rowIds(page)).slice(0, 7)
    await paste(page, ids.join('\n'))
    await expect(page.getByRole('status').filter({ hasText: 'Press Enter to look up 7 IDs' })).toHaveText(
      'Press Enter to look up 7 IDs',
    )
    await searchBox(page).press('Enter')
    await expect(bodyRows(page)).toHaveCount(7)
    await expect(page.getByText(/Press Enter to look up/)).toHaveCount(0)
    await searchBox(page).fill(ids[0] ?? '')
    await expect(page.getByRole('status').filter({ hasText: 'Press Enter to look up' })).toHaveText(
      'Press Enter to look up 1 ID',
    )

    await gotoApp(page, '/?lang=zh-CN')
    await paste(page, ids[0] ?? '', searchBox(page, '搜索镜像'))
    await expect(page.getByRole('status').filter({ hasText: '按 Enter 查询 1 个 ID' })).toBeVisible()
  })

  test('a page past the end is named in the link notice, with the page shown instead', async ({
    page,
    request,
  }) => {
    const response = await request.get('/api/DescribeImages?Region=ap-guangzhou&Limit=1')
    const total = ((await response.json()) as { Response: { TotalCount: number } }).Response.TotalCount
    const last = Math.ceil(total / 20)
    await openApp(page, '?page=999&sort=bogus:up')
    await expect(notice(page)).toHaveText(
      `Ignored from this link: sort=bogus:up. Changed from this link: page=999 to page=${last}, the last page.`,
    )
    await expect(page).toHaveURL(new RegExp(`\\?page=${last}$`))

    await page.goto('/?name=zzzz-no-such-image&page=5')
    await expect(notice(page)).toHaveText('Changed from this link: page=5 to page=1, the last page.')
    await expect(page).toHaveURL(/\?name=zzzz-no-such-image$/)
  })

  test('an empty result names the filters in force, API and browser-side, each removable', async ({
    page,
  }) => {
    await page.goto('/?name=zzzz-no-such-image&created=2026-09-01..&status=syncing&arch=arm')
    await expect(page.getByRole('heading', { name: 'No images match these filters' })).toBeVisible()
    const inForce = page.getByRole('group', { name: 'Remove a filter to widen the list:' })
    await expect(inForce.getByRole('button')).toHaveText([
      'Name: zzzz-no-such-image',
      'Created: since 2026-09-01',
      'Status: Syncing',
      'Architecture: arm',
    ])
    await inForce.getByRole('button', { name: 'Remove filter Name: zzzz-no-such-image' }).click()
    await expect(page).toHaveURL(/\/\?created=2026-09-01\.\.&status=syncing&arch=arm$/)
    await expect(page.getByRole('button', { name: /Name: zzzz-no-such-image/ })).toHaveCount(0)
  })
})

test.describe('the 3.0 app', { tag: '@v3' }, () => {
  test('an instance type in lower case is the same type, in the link and in the chip editor', async ({
    page,
  }) => {
    await openApp(page, '?instancetype=sa5.medium2')
    await expect(page.getByRole('button', { name: 'Instance type: SA5.MEDIUM2', exact: true })).toBeVisible()
    await expect(page).toHaveURL(/\?instancetype=SA5\.MEDIUM2$/)
    await expect(notice(page)).toHaveCount(0)

    await openApp(page)
    await page.getByRole('button', { name: 'Add filter' }).click()
    await page.getByRole('menuitem', { name: 'Instance type', exact: true }).click()
    const editor = page.getByRole('dialog', { name: 'Edit filter Instance type' })
    await editor.getByRole('textbox', { name: 'Instance type value' }).fill('sr1.medium2')
    await editor.getByRole('button', { name: 'Apply' }).click()
    await expect(page.getByRole('button', { name: 'Instance type: SR1.MEDIUM2', exact: true })).toBeVisible()
    await expect(page).toHaveURL(/\?instancetype=SR1\.MEDIUM2$/)
    await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
  })
})

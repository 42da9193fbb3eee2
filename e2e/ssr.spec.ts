import { bodyRows, reviewStamp } from './support/app'
import { expect, test } from './support/fixtures'
import { gotoApp } from './support/hydration'
import { zhRows, zhStamp } from './support/zh-cn'

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('a review link shows its rows and its stamp', async ({ page }) => {
    await page.goto('/?review=1&type=custom')
    await expect(reviewStamp(page)).toContainText(
      /Guangzhou \(ap-guangzhou\) · Type: Custom · \d+ images · page 1 of/,
    )
    await expect(bodyRows(page)).toHaveCount(20)
    await expect(bodyRows(page).first()).toContainText('Custom')
  })

  test('a Chinese link is rendered in Chinese', async ({ page }) => {
    await page.goto('/?lang=zh-CN&review=1')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page).toHaveTitle('CVM 镜像浏览器')
    await expect(zhRows(page)).toHaveCount(20)
    await expect(zhStamp(page)).toContainText('广州')
  })

  test('a sort across pages shows its first page and says the rest needs the script', async ({ page }) => {
    await page.goto('/?sort=name')
    await expect(bodyRows(page)).toHaveCount(20)
    // A note (Playwright's text search skips <noscript>, where it is).
    await expect(
      page.getByRole('note').filter({ hasText: "needs JavaScript: showing the API's order, this page only" }),
    ).toBeVisible()
  })
})

test.describe('with JavaScript on', () => {
  test('the browser does not ask again for the rows the page came with', async ({ page }) => {
    const calls: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/api/')) calls.push(`${url.pathname}${url.search}`)
    })
    // A page of its own, so the proxy's cache holds nothing for it yet.
    await gotoApp(page, '/?size=10&page=7')
    await expect(bodyRows(page)).toHaveCount(10)
    await page.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL(/page=8/)
    expect(calls).not.toContain('/api/info')
    expect(calls.filter((call) => call.includes('Offset=60&Limit=10'))).toEqual([])
  })

  test('nothing moves when the script takes over', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = []
      Object.assign(window, { layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          shifts.push(entry.value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto('/?size=10')
    const before = await bodyRows(page).first().boundingBox()
    await expect(page.locator('html')).toHaveAttribute('data-app-ready', '')
    expect(await bodyRows(page).first().boundingBox()).toEqual(before)
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual(
      [],
    )
  })
})

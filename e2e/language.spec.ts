import { bodyRows, openApp, rangeText } from './support/app'
import { expect, test } from './support/fixtures'
import { languageSelect, openZh, zhRange, zhRows } from './support/zh-cn'

const SAVED = 'cvm-image-browser.language'

test('lang= in the URL wins over the saved choice', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'en'), SAVED)
  await openZh(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page).toHaveTitle('CVM 镜像浏览器')
  await expect(page.getByRole('heading', { name: 'CVM 镜像浏览器' })).toBeVisible()
  await page.goto('/?lang=en')
  await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('switching keeps the view, sets lang= and <html lang>, and needs no reload', async ({ page }) => {
  await openApp(page, '?type=custom&page=2&sort=name:asc')
  await expect(rangeText(page)).toHaveText(/^21–40 of [\d,]+$/)
  await page.evaluate(() => Object.assign(window, { stillThisPage: true }))
  await languageSelect(page).selectOption('zh-CN')
  await expect(zhRange(page)).toHaveText(/^第 21–40 条，共 [\d,]+ 条$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page).toHaveTitle('CVM 镜像浏览器')
  await expect(page).toHaveURL(/[?&]lang=zh-CN$/)
  const params = new URL(page.url()).searchParams
  expect([params.get('type'), params.get('page'), params.get('sort')]).toEqual(['custom', '2', 'name:asc'])
  await expect(page.getByRole('button', { name: '镜像类型：自定义镜像', exact: true })).toBeVisible()
  expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true)

  await languageSelect(page).selectOption('en')
  await expect(rangeText(page)).toHaveText(/^21–40 of [\d,]+$/)
  await expect(page.getByRole('button', { name: 'Type: Custom', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/lang=en$/)
})

test('the choice is remembered for the next visit', async ({ page }) => {
  await openApp(page)
  await languageSelect(page).selectOption('zh-CN')
  await expect(page.getByRole('heading', { name: 'CVM 镜像浏览器' })).toBeVisible()
  await page.goto('/')
  await expect(zhRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
})

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-TW' })
  test('opens in zh-CN without being asked', async ({ page }) => {
    await page.goto('/')
    await expect(zhRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })
})

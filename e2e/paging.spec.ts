import { bodyRows, openApp, rangeText } from './support/app'
import { expect, test } from './support/fixtures'

function totalOf(range: string): number {
  return Number(range.split(' of ')[1]?.replaceAll(',', ''))
}

test('pages forward, back, to the ends and to a chosen page, with the range and the URL following', {
  tag: '@api',
}, async ({ page }) => {
  await openApp(page)
  const total = totalOf((await rangeText(page).textContent()) ?? '')
  const last = Math.ceil(total / 20)
  const format = (n: number) => n.toLocaleString('en-US')
  await expect(page.getByRole('link', { name: 'Previous page' })).toBeDisabled()
  await expect(page.getByRole('link', { name: 'First page' })).toBeDisabled()

  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(rangeText(page)).toHaveText(`21–40 of ${format(total)}`)
  await expect(page).toHaveURL(/\?page=2$/)

  await page.getByRole('link', { name: 'Last page' }).click()
  await expect(rangeText(page)).toHaveText(
    `${format((last - 1) * 20 + 1)}–${format(total)} of ${format(total)}`,
  )
  await expect(page.getByRole('link', { name: 'Next page' })).toBeDisabled()

  await page.getByRole('link', { name: 'Previous page' }).click()
  await expect(page).toHaveURL(new RegExp(`page=${last - 1}$`))

  await page.getByRole('spinbutton', { name: 'Page', exact: true }).fill('3')
  await page.keyboard.press('Enter')
  await expect(rangeText(page)).toHaveText(`41–60 of ${format(total)}`)

  await page.getByRole('link', { name: 'First page' }).click()
  await expect(rangeText(page)).toHaveText(`1–20 of ${format(total)}`)
  await expect(page).toHaveURL(/\/$/)
})

test('rows per page changes the page length and returns to page 1', async ({ page }) => {
  await openApp(page, '?page=4')
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('50')
  await expect(bodyRows(page)).toHaveCount(50)
  await expect(rangeText(page)).toHaveText(/^1–50 of /)
  await expect(page).toHaveURL(/\?size=50$/)
})

test('the next page is prefetched, so paging shows it without a new request', async ({ page }) => {
  const prefetched = page.waitForResponse((response) => response.url().includes('Offset=20&Limit=20'))
  await openApp(page)
  await prefetched
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/DescribeImages')) requests.push(request.url())
  })
  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(rangeText(page)).toHaveText(/^21–40 of /)
  expect(requests.filter((url) => url.includes('Offset=20&'))).toEqual([])
})

test('a page past the end shows the last page instead', async ({ page }) => {
  await openApp(page, '?page=9999')
  await expect(page).not.toHaveURL(/page=9999/)
  await expect(page.getByRole('link', { name: 'Next page' })).toBeDisabled()
})

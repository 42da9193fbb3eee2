import { openApp } from './support/app'
import { expect, test } from './support/fixtures'

test('an ID found nowhere here is searched for in every region, with a link to open it there', {
  tag: '@api',
}, async ({ page, request }) => {
  const query = new URLSearchParams({
    Region: 'ap-singapore',
    'Filters.0.Name': 'image-type',
    'Filters.0.Values.0': 'PRIVATE_IMAGE',
    Limit: '1',
  })
  const answer = await request.get(`/api/DescribeImages?${query}`)
  const body = (await answer.json()) as { Response: { ImageSet: { ImageId: string }[] } }
  const id = body.Response.ImageSet[0]?.ImageId ?? ''
  expect(id).toMatch(/^img-/)

  await page.goto(`/?lookup=${id}`)
  await expect(page.getByText(`Not found: ${id}`)).toBeVisible()
  await page.getByRole('button', { name: 'Search all regions' }).click()
  const panel = page.getByRole('region', { name: 'Search in all regions' })
  await expect(panel.getByRole('status')).toHaveText(/^Searched 22 of 22 regions$/, { timeout: 20_000 })
  await expect(panel.getByRole('progressbar', { name: 'Regions searched' })).toHaveAttribute('value', '22')
  const link = panel.getByRole('link', { name: `Open ${id} in Singapore (ap-singapore)` })
  await expect(link).toBeVisible()
  await link.click()
  await expect(page).toHaveURL(new RegExp(`region=ap-singapore&lookup=${id}&image=${id}`))
  await expect(page.getByRole('dialog').getByText(id, { exact: true }).first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-singapore')
})

test('an ID that is nowhere is reported as such', async ({ page }) => {
  await openApp(page)
  await page.goto('/?lookup=img-zzzz0000')
  await page.getByRole('button', { name: 'Search all regions' }).click()
  const panel = page.getByRole('region', { name: 'Search in all regions' })
  await expect(panel.getByText('img-zzzz0000 is in none of the 22 regions.')).toBeVisible({ timeout: 20_000 })
})

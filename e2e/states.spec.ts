import { bodyRows, COLUMN, columnTexts, openApp, readClipboard } from './support/app'
import { expect, test } from './support/fixtures'

test('an empty result says so and "Clear filters" brings every image back', async ({ page }) => {
  await page.goto('/?name=no-such-image-anywhere')
  await expect(page.getByRole('heading', { name: 'No images match these filters' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-/)
  await expect(page).toHaveURL(/\/$/)
})

test('while every page loads for a sort, the progress is shown, then the sort scope', async ({ page }) => {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  // The first page tells the total; hold the others to see the progress in between.
  await page.route(/\/api\/DescribeImages\?.*Offset=(?!0&)\d+/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/?region=ap-tokyo&sort=name:asc')
  await expect(page.getByText(/^Loading 100 of 363… to sort across all pages/)).toBeVisible()
  release()
  await expect(page.getByText('Sorted across all 363 images')).toBeVisible()
})

test('the drawer copies the image as JSON and a link that reopens it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  const name = (await columnTexts(page, COLUMN.name))[1] ?? ''
  await bodyRows(page).nth(1).getByRole('cell').nth(COLUMN.name).click()
  const dialog = page.getByRole('dialog', { name })

  await dialog.getByRole('button', { name: 'Copy JSON' }).click()
  const image = JSON.parse(await readClipboard(page)) as { ImageId: string; ImageName: string }
  expect(image.ImageName).toBe(name)

  await dialog.getByRole('button', { name: 'Copy link' }).click()
  const link = await readClipboard(page)
  expect(new URL(link).searchParams.get('image')).toBe(image.ImageId)
  await page.goto(link)
  await expect(page.getByRole('dialog', { name })).toBeVisible()
})

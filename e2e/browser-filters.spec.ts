import { openApp, rangeText, reviewStamp, rowIds } from './support/app'
import { expect, test } from './support/fixtures'
import { CUSTOM, fetchFilterable } from './support/ops'

const count = (n: number) => n.toLocaleString('en-US')

test('Architecture from "Add filter" filters every page in the browser, and says so', {
  tag: '@api',
}, async ({ page, request }) => {
  const all = await fetchFilterable(request, CUSTOM)
  const arm = all.filter((image) => image.arch === 'arm')
  expect(arm.length).toBeGreaterThan(0)
  await openApp(page, '?type=custom')
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: 'Architecture' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit filter Architecture' })
  await editor.getByRole('checkbox', { name: 'arm' }).check()
  await editor.getByRole('button', { name: 'Apply' }).click()

  await expect(page).toHaveURL(/type=custom&arch=arm/)
  const scope = `filtered in the browser across all ${count(all.length)} images`
  await expect(page.getByText(`F${scope.slice(1)}`, { exact: true })).toBeVisible()
  await expect(reviewStamp(page)).toContainText(`Type: Custom; Architecture: arm (${scope})`)
  await expect(rangeText(page)).toHaveText(
    new RegExp(`^1–${Math.min(20, arm.length)} of ${count(arm.length)}$`),
  )
  expect(await rowIds(page)).toEqual(arm.slice(0, 20).map((image) => image.id))

  await page.getByRole('link', { name: 'Remove filter Architecture: arm' }).click()
  await expect(page).not.toHaveURL(/arch=/)
  await expect(rangeText(page)).toHaveText(new RegExp(` of ${count(all.length)}$`))
})

test('a created range and a status from the URL combine with the API filter and the sort', async ({
  page,
  request,
}) => {
  const all = await fetchFilterable(request, CUSTOM)
  const from = Date.parse('2024-01-01T00:00:00Z')
  const to = Date.parse('2026-06-30T00:00:00Z') + 86_400_000
  const expected = all
    .filter((image) => image.status === 'NORMAL' && image.created >= from && image.created < to)
    .sort((a, b) => b.created - a.created)
  await openApp(page, '?type=custom&created=2024-01-01..2026-06-30&status=normal&sort=created:desc')
  await expect(
    page.getByRole('button', { name: 'Created: 2024-01-01 – 2026-06-30', exact: true }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Status: Normal', exact: true })).toBeVisible()
  await expect(rangeText(page)).toHaveText(new RegExp(` of ${count(expected.length)}$`))
  await expect.poll(() => rowIds(page)).toEqual(expected.slice(0, 20).map((image) => image.id))
})

test('a Created preset stays relative in the URL; two dates make a closed range', async ({ page }) => {
  await openApp(page, '?type=custom')
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: 'Created' }).click()
  await page
    .getByRole('dialog', { name: 'Edit filter Created' })
    .getByRole('button', { name: 'Last year' })
    .click()
  await expect(page).toHaveURL(/created=1y(&|$)/)
  await expect(page.getByRole('button', { name: 'Created: last year', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Created: last year', exact: true }).click()
  const editor = page.getByRole('dialog', { name: 'Edit filter Created' })
  await expect(editor.getByRole('button', { name: 'Last year' })).toHaveAttribute('aria-pressed', 'true')
  await expect(editor.getByLabel('From (UTC)')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await editor.getByLabel('From (UTC)').fill('2025-01-01')
  await editor.getByLabel('To (UTC)').fill('2025-03-31')
  await editor.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/created=2025-01-01\.\.2025-03-31/)
  await expect(
    page.getByRole('button', { name: 'Created: 2025-01-01 – 2025-03-31', exact: true }),
  ).toBeVisible()
})

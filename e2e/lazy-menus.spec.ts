import type { Page } from '@playwright/test'
import { openApp } from './support/app'
import { expect, test } from './support/fixtures'

/** Holds every request for one lazily loaded chunk until the returned function is called. */
async function holdChunk(page: Page, chunk: string): Promise<() => void> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(new RegExp(`/assets/${chunk}-[^/]+\\.js$`), async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('a click on "Add filter" before its menu has loaded opens the menu once it arrives', async ({
  page,
}) => {
  const release = await holdChunk(page, 'add-filter-menu')
  await openApp(page)
  await page.getByRole('button', { name: 'Add filter' }).click()
  await expect(page.getByRole('menu')).toHaveCount(0)
  release()
  await expect(page.getByRole('menuitem', { name: /^Type/ })).toBeVisible()
})

test('a click on "Export" before its menu has loaded opens the menu once it arrives', async ({ page }) => {
  const release = await holdChunk(page, 'export-menu')
  await openApp(page)
  await page.getByRole('button', { name: 'Export' }).click()
  await expect(page.getByRole('menu')).toHaveCount(0)
  release()
  await expect(page.getByRole('menuitem', { name: /^Copy as Markdown table/ })).toBeVisible()
})

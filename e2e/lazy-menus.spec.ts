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

test('keys pressed while "Add filter" loads are kept: the menu opens on its first item and takes them', async ({
  page,
}) => {
  const release = await holdChunk(page, 'add-filter-menu')
  await openApp(page)
  await page.getByRole('button', { name: 'Add filter' }).click()
  // Typed before the menu is here: ↓ from the first item (Type) to Name, Enter picks it.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu')).toHaveCount(0)
  release()
  await expect(page.getByRole('dialog', { name: 'Edit filter Name' })).toBeVisible()
})

test('a menu opened before its code loaded has the focus on its first item', async ({ page }) => {
  const release = await holdChunk(page, 'export-menu')
  await openApp(page)
  await page.getByRole('button', { name: 'Export' }).click()
  release()
  await expect(page.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused()
})

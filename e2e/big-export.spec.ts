import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { type StartedApp, startApp } from '../scripts/lib/start-app'
import { bodyRows, parseCsv, rowIds } from './support/app'
import { expect, test } from './support/fixtures'

// An app of its own whose regions hold more images than one export takes (10,000).
let app: StartedApp

test.beforeAll(async () => {
  app = await startApp({ env: { EMULATOR_IMAGES: '10000', LOG_LEVEL: 'warn' } })
})

test.afterAll(async () => {
  await app?.stop()
})

async function downloadCsv(page: Page, part: RegExp) {
  const toolbar = page.getByRole('button', { name: 'Export' })
  await toolbar.click()
  const menu = page.getByRole('menu')
  await expect(menu.getByText(/^10,\d{3} images are more than one export holds \(10,000\)/)).toBeVisible()
  await menu.getByRole('menuitemradio', { name: part }).click()
  await expect(menu.getByRole('menuitemradio', { name: part })).toBeChecked()
  const downloading = page.waitForEvent('download')
  await menu.getByRole('menuitem', { name: /^Download CSV/ }).click()
  const text = await readFile(await (await downloading).path(), 'utf8')
  return parseCsv(text.slice(1)).slice(1)
}

test('over the cap, Export offers this page or the first 10,000, and the toolbar stays put', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto(`${app.url}/?page=3&cols=id,name`)
  await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
  const ids = await rowIds(page)
  const exportButton = page.getByRole('button', { name: 'Export' })
  const before = await exportButton.boundingBox()

  const pageRows = await downloadCsv(page, /^This page$/)
  expect(pageRows.map((row) => row[0])).toEqual(ids)
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded 20 images/ })).toBeVisible()
  expect(await exportButton.boundingBox()).toEqual(before)

  const firstRows = await downloadCsv(page, /^First 10,000 in this order$/)
  expect(firstRows).toHaveLength(10_000)
  // In this order: the page on screen is the third twenty of them.
  expect(firstRows.slice(40, 60).map((row) => row[0])).toEqual(ids)
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded 10,000 images/ })).toBeVisible()
  expect(await exportButton.boundingBox()).toEqual(before)
})

import type { Page } from '@playwright/test'
import { bodyRows, imagesTable, openApp } from './support/app'
import { expect, test } from './support/fixtures'

async function headers(page: Page): Promise<string[]> {
  // The data columns, each a sort link; the "Select" column of checkboxes is not one of them.
  return imagesTable(page)
    .getByRole('columnheader')
    .filter({ has: page.getByRole('link') })
    .allInnerTexts()
}

async function openColumns(page: Page) {
  await page.getByRole('button', { name: 'Columns' }).click()
  return page.getByRole('dialog', { name: 'Columns' })
}

test('hiding, moving and density are saved, survive a reload and travel in a link', async ({
  page,
  browser,
}) => {
  await openApp(page)
  const panel = await openColumns(page)
  await panel.getByRole('checkbox', { name: 'OS' }).uncheck()
  await panel.getByRole('checkbox', { name: 'Creator' }).uncheck()
  await panel.getByRole('button', { name: 'Move Status up' }).click()
  await panel.getByRole('button', { name: 'Move Status up' }).click()
  await panel.getByRole('radio', { name: 'Compact' }).check()
  await page.keyboard.press('Escape')

  const expected = ['Name', 'ID', 'Type', 'Status', 'Platform', 'Architecture', 'Created UTC']
  await expect.poll(() => headers(page)).toEqual(expected)
  await expect(page).toHaveURL(/cols=name%2Cid%2Ctype%2Cstatus%2Cplatform%2Carch%2Ccreated&density=compact/)
  const compactHeight = await bodyRows(page)
    .first()
    .evaluate((row) => row.getBoundingClientRect().height)
  expect(compactHeight).toBeLessThan(36)

  await page.reload()
  await expect.poll(() => headers(page)).toEqual(expected)
  // The browser remembers: a plain visit shows the saved columns and puts them in the URL.
  await openApp(page, '?type=custom')
  await expect.poll(() => headers(page)).toEqual(expected)
  await expect(page).toHaveURL(/type=custom&cols=/)

  // Someone else, with nothing saved, opening the link sees the same table.
  const link = page.url()
  const stranger = await browser.newContext()
  const theirs = await stranger.newPage()
  await openApp(theirs, link.slice(link.indexOf('?')))
  await expect.poll(() => headers(theirs)).toEqual(expected)
  await theirs.goto('/')
  await expect.poll(() => headers(theirs)).toHaveLength(9)
  await stranger.close()
})

test('the last column cannot be hidden, and Reset brings every column back', async ({ page }) => {
  await openApp(page, '?cols=name,id')
  const panel = await openColumns(page)
  await panel.getByRole('checkbox', { name: 'ID' }).uncheck()
  await expect(panel.getByRole('checkbox', { name: 'Name' })).toBeDisabled()
  await expect.poll(() => headers(page)).toEqual(['Name'])
  await panel.getByRole('button', { name: 'Reset to default' }).click()
  await expect.poll(() => headers(page)).toHaveLength(9)
  await expect(page).toHaveURL(/\/$/)
})

import type { Page } from '@playwright/test'
import { openApp } from './support/app'
import { expect, test } from './support/fixtures'

/** The query strings of every DescribeImages call the page sends to the proxy, in order, as they leave. */
function recordDescribeImages(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/api/DescribeImages') calls.push(url.search)
  })
  return calls
}

async function exportCsv(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /^Download CSV/ }).click()
  await downloading
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded/ })).toBeVisible()
}

test('exporting a sorted view makes no DescribeImages call beyond the pages the sort loaded', async ({
  page,
}) => {
  const calls = recordDescribeImages(page)
  await openApp(page, '?type=custom&sort=name:asc')
  await expect(page.getByText(/^Sorted across all/)).toBeVisible()
  const sortCalls = calls.length
  // The sort loaded the whole result a page of 100 at a time (plus the first screen's page of 20).
  expect(calls.filter((query) => query.includes('Limit=100')).length).toBeGreaterThan(1)
  expect(calls.every((query) => !query.includes('Region='))).toBe(true)

  await exportCsv(page)
  expect(calls.length).toBe(sortCalls)
})

test('with a region named in the URL, an export also reuses the pages the sort loaded', async ({ page }) => {
  const calls = recordDescribeImages(page)
  await openApp(page, '?region=ap-guangzhou&type=custom&sort=name:desc')
  await expect(page.getByText(/^Sorted across all/)).toBeVisible()
  const sortCalls = calls.length
  expect(calls.every((query) => query.startsWith('?Region=ap-guangzhou&'))).toBe(true)

  await exportCsv(page)
  expect(calls.length).toBe(sortCalls)
})

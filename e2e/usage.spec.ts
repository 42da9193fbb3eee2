import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations, resetFaults, setEmulator, upstreamCalls } from './support/app'
import { expect, test } from './support/fixtures'
import { gotoApp } from './support/hydration'

// Regions no other spec loads, so the proxy's cache holds nothing of them when a test starts.
const USED = { region: 'ap-nanjing', image: 'img-o23ldr84', next: 'img-tix0zwip' }

test.afterEach(async ({ request }) => {
  await resetFaults(request)
})

const instancesOf = (page: Page) => page.getByRole('region', { name: 'Instances' })
const sharingOf = (page: Page) => page.getByRole('region', { name: 'Shared with' })

test('the drawer says which instances run an image and whom it is shared with; the scan is shared, and Refresh scans again', {
  tag: '@api',
}, async ({ page, list, request, browser, baseURL, api }) => {
  const before = (await upstreamCalls(request)).DescribeInstances ?? 0
  // Slow enough to watch the scan's progress.
  await setEmulator(request, { latencyMs: 700 })
  await page.goto(`/?region=${USED.region}&image=${USED.image}`)
  const instances = instancesOf(page)
  // Shown while the last two pages load; waitFor watches every frame, where an expectation polls.
  await instances.getByText('Scanned 100 of 300 instances').waitFor()
  await expect(instances.getByText(/^Used by 5 instances \(\d+ running, \d+ stopped/)).toBeVisible()
  await expect(
    instances.getByRole('table', { name: 'Instances that use this image' }).getByRole('row'),
  ).toHaveCount(6)
  await expect(instances.getByText(/^300 instances scanned at .+ in [\d.]+ s$/)).toBeVisible()
  await expect(sharingOf(page).getByText('Shared with 2 accounts')).toBeVisible()
  await expect(sharingOf(page).getByRole('cell', { name: '200001234567' })).toBeVisible()
  if (api === 'legacy') await expectNoSeriousA11yViolations(page)
  await setEmulator(request, { latencyMs: 0 })
  // Three pages of 100, once.
  expect((await upstreamCalls(request)).DescribeInstances).toBe(before + 3)

  // Another image in the same page: no call at all, from the page's own copy of the scan.
  const asked: string[] = []
  page.on('request', (call) => {
    if (call.url().includes('/api/DescribeInstances')) asked.push(call.url())
  })
  await page.keyboard.press('Escape')
  await (await list.openRow(1)).drawer.waitFor()
  await expect(
    instancesOf(page).getByText(/^(Used by \d+ instances? \(|Not used by any instance)/),
  ).toBeVisible()
  expect(asked).toEqual([])
  // A second user: the pages come from the proxy's cache, and the upstream sees no new call.
  const other = await browser.newPage({ baseURL })
  await other.goto(`/?region=${USED.region}&image=${USED.next}`)
  await expect(instancesOf(other).getByText(/^Used by 6 instances/)).toBeVisible()
  await other.close()
  expect((await upstreamCalls(request)).DescribeInstances).toBe(before + 3)

  // Refresh asks the upstream again, past the proxy's cache.
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Refresh' }).click()
  await (await list.openRow(1)).drawer.waitFor()
  await expect(instancesOf(page).getByText(/scanned at/)).toBeVisible()
  await expect.poll(async () => (await upstreamCalls(request)).DescribeInstances).toBe(before + 6)
})

test('a role without the read actions sees what is missing, named by its CAM permission, and no cleanup candidate', {
  tag: '@api',
}, async ({ page, list, request, api }) => {
  await setEmulator(request, { deny: ['DescribeInstances', 'DescribeImageSharePermission'] })
  await gotoApp(page, `/?region=ap-chongqing&type=custom&cols=name,id,status,instances`)
  await list.rows().first().waitFor()
  // The Instances column cannot be filled: the list says why, and its cells hold dashes.
  await expect(page.getByRole('alert').filter({ hasText: 'cvm:DescribeInstances' })).toBeVisible()
  await expect(list.rows().first().getByRole('cell').last()).toHaveText('—')
  // The quota is a 3.0 action, which this role may still read.
  const quota = api === 'v3' ? /^Custom images: 240 of 500$/ : /^Custom images: 240 · quota: API 3.0 only$/
  await expect(page.getByText(quota)).toBeVisible()
  await (await list.openRow(0)).drawer.waitFor()
  await expect(instancesOf(page).getByRole('alert')).toContainText(
    "Not shown: the proxy's keys may not list instances (CAM permission cvm:DescribeInstances).",
  )
  await expect(sharingOf(page).getByRole('alert')).toContainText('cvm:DescribeImageSharePermission')
  await page.keyboard.press('Escape')

  await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Cleanup review' }).click()
  await expect(page).toHaveURL(/view=cleanup/)
  await expect(page.getByRole('alert').first()).toContainText(
    "No image is called a candidate. Not shown: the proxy's keys may not list instances (CAM permission cvm:DescribeInstances).",
  )
  const review = page.getByRole('table', { name: 'Cleanup review' })
  await expect(review.getByRole('row').nth(1)).toBeVisible()
  await expect(review.getByRole('cell', { name: 'Candidate', exact: true })).toHaveCount(0)
  await expect(review.getByRole('cell', { name: /Instances not scanned/ }).first()).toBeVisible()
  await expect(page.getByText(/^0 candidates · \d+ kept · \d+ undecided$/)).toBeVisible()
})

test('the cleanup review gives each custom image a verdict and its reasons, follows older=, sorts and exports', async ({
  page,
}) => {
  await page.goto('/?region=ap-beijing')
  await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Cleanup review' }).click()
  // Old enough that few images need their sharing read (10 calls a second), so the review is quick.
  await page.getByRole('textbox', { name: 'Older than' }).fill('2500')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(
    /view=cleanup&region=ap-beijing&older=2500$|view=cleanup&older=2500&region=ap-beijing$/,
  )
  const review = page.getByRole('table', { name: 'Cleanup review' })
  const counts = page.getByText(/^\d+ candidates? · \d+ kept$/)
  await expect(counts).toBeVisible({ timeout: 20_000 })
  await expect(review.getByRole('row')).toHaveCount(241)
  const [candidates = 0] = ((await counts.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? []
  expect(candidates).toBeGreaterThan(0)
  // Candidates first; each says why, and nothing that keeps an image is among its reasons.
  const first = review.getByRole('row').nth(1)
  await expect(first.getByRole('cell').nth(0)).toHaveText('Candidate')
  await expect(first.getByRole('cell').nth(1)).toHaveText(/^Unused, not shared, [\d,]+ days old$/)
  await expect(review.getByRole('cell', { name: /^In use by \d+ instances?/ }).first()).toBeVisible()
  await expect(review.getByRole('cell', { name: 'Younger than 2,500 days' }).first()).toBeVisible()
  await expect(page.getByRole('note', { name: 'Review stamp' })).toContainText(
    /Cleanup review · older than 2,500 days · 300 instances scanned at .+ · \d+ candidates? · \d+ kept/,
  )

  // Sorted by Instances, the most used first.
  await review.getByRole('button', { name: 'Instances' }).click()
  await expect(review.getByRole('columnheader', { name: 'Instances' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(review.getByRole('row').nth(1).getByRole('cell').nth(0)).toHaveText('Keep')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^cvm-cleanup_ap-beijing_older-2500d_\d{8}T\d{6}Z\.csv$/)
  const lines = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(lines).toHaveLength(241)
  expect(lines[0]).toMatch(/^Verdict,Reason,Name,ID,.*Created,Instances,Shared with$/)
  expect(lines.filter((line) => line.startsWith('Candidate,'))).toHaveLength(candidates)
  await expectNoSeriousA11yViolations(page)
})

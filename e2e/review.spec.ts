import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runScript } from '../scripts/lib/start-process'
import {
  bodyRows,
  COLUMN,
  fetchAllImages,
  injectFault,
  openApp,
  resetFaults,
  reviewStamp,
} from './support/app'
import { expect, test } from './support/fixtures'

test('the stamp states region, filters, total, page, sort with its reach, and the fetch time', async ({
  page,
  request,
}) => {
  const all = await fetchAllImages(request, {
    'Filters.0.Name': 'image-type',
    'Filters.0.Values.0': 'PRIVATE_IMAGE',
  })
  const fetchedAfter = Date.now() - 1000
  await openApp(page, '?type=custom&sort=name:asc,created:desc&size=10&page=2')
  const stamp = reviewStamp(page)
  await expect(stamp).toContainText(
    `Guangzhou (ap-guangzhou) · Type: Custom · ${all.length} images · page 2 of ${Math.ceil(all.length / 10)},` +
      ` rows 11–20 · sorted by Name ↑, Created ↓ across all ${all.length} · fetched `,
  )
  const fetched = await stamp.locator('time').getAttribute('datetime')
  expect(Date.parse(fetched ?? '')).toBeGreaterThanOrEqual(fetchedAfter)
  await expect(stamp.locator('time')).toHaveText(/^fetched \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/)
})

test('the stamp stays on screen in an error, with the code instead of a time', async ({ page, request }) => {
  await injectFault(request, { kind: 'http500' }, 20)
  try {
    await page.goto('/?region=na-ashburn')
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load images' })).toBeVisible()
    await expect(reviewStamp(page)).toContainText('Virginia (na-ashburn) · No filters · no result')
    await expect(reviewStamp(page).locator('time')).toHaveText(/^request failed \(/)
  } finally {
    await resetFaults(request)
  }
})

test('review mode: light whatever the system says, nothing truncated, no copy buttons in rows', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, '?review=1&name=hardened')
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(255, 255, 255)')
  const nameCell = bodyRows(page).first().getByRole('cell').nth(COLUMN.name).locator('div')
  await expect(nameCell).toHaveCSS('white-space', 'normal')
  await expect(
    bodyRows(page)
      .first()
      .getByRole('button', { name: /^Copy ID/ }),
  ).toBeHidden()
  await expect(reviewStamp(page)).toBeVisible()

  await openApp(page, '?review=1&theme=dark')
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(dark).not.toBe('rgb(255, 255, 255)')
})

test('outside review mode long names are cut with an ellipsis', async ({ page }) => {
  await openApp(page, '?name=hardened')
  await expect(bodyRows(page).first().getByRole('cell').nth(COLUMN.name).locator('div')).toHaveCSS(
    'white-space',
    'nowrap',
  )
})

function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true)
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('`npm run screenshots` renders every named state to a valid PNG and says what it wrote', async () => {
  test.skip(test.info().project.name !== 'chromium', 'the command starts its own app; one run is enough')
  test.setTimeout(240_000)
  const out = await mkdtemp(path.join(tmpdir(), 'screens-'))
  const { code, stdout, stderr } = await runScript('scripts/screenshots.ts', [
    '--out',
    out,
    '--state',
    'custom=type=custom',
  ])
  expect(code, stderr).toBe(0)

  const names = [
    'list',
    'filtered',
    'sorted',
    'drawer',
    'selected',
    'compare',
    'empty',
    'error',
    'dark',
    'summary',
    'summary-dark',
    'cleanup',
    'phone',
    'custom',
  ]
  const files = stdout.trim().split('\n')
  expect(files).toEqual(names.map((name) => path.join(out, `${name}.png`)))
  for (const file of files) {
    const { width, height } = pngSize(await readFile(file))
    expect(width, file).toBe(file.endsWith('phone.png') ? 390 : 1280)
    expect(height, file).toBeGreaterThanOrEqual(file.endsWith('phone.png') ? 844 : 800)
  }
})

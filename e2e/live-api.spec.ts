import type { Page } from '@playwright/test'
import {
  bodyRows,
  COLUMN,
  columnTexts,
  fetchAllImages,
  injectFault,
  openApp,
  rangeText,
  resetFaults,
} from './support/app'
import { expect, test } from './support/fixtures'
import { addFilter, totalOf } from './support/image-list'

/**
 * What the real cloud sends and the app shows: Instance type and the CDC filters (3.0), live regions, the
 * newer fields, the legacy endpoint's 1970 dates, and each class of error explained. Tests for one API skip
 * against the other app.
 */
const errorAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Could not load images' })

test.afterEach(async ({ request }) => {
  await resetFaults(request)
})

test.describe('API 3.0 mode', { tag: '@v3' }, () => {
  test('Instance type lists the images a type boots, in the URL and the review stamp', async ({
    page,
    request,
  }) => {
    const arm = await fetchAllImages(request, { InstanceType: 'SR1.MEDIUM2' })
    expect(arm.length).toBeGreaterThan(0)
    await openApp(page)
    const editor = await addFilter(page, 'Instance type')
    const box = editor.getByRole('textbox', { name: 'Instance type value' })
    await box.fill('sr1-medium2')
    await box.press('Enter')
    await expect(editor.getByRole('alert')).toHaveText(/look like SA5\.MEDIUM2/)
    await box.fill('SR1.MEDIUM2')
    await editor.getByRole('button', { name: 'Apply' }).click()

    await expect(page.getByRole('button', { name: 'Instance type: SR1.MEDIUM2', exact: true })).toBeVisible()
    await expect(page).toHaveURL(/\?instancetype=SR1.MEDIUM2$/)
    await expect.poll(async () => totalOf(await rangeText(page).textContent())).toBe(arm.length)
    expect(new Set(await columnTexts(page, COLUMN.arch))).toEqual(new Set(['arm']))

    await page.goto('/?instancetype=SR1.MEDIUM2&review=1')
    await expect(page.getByText(/Instance type: SR1\.MEDIUM2 · [\d,]+ images/)).toBeVisible()
  })

  test('an instance family the cloud does not know is its answer, not a guess', async ({ page }) => {
    await page.goto('/?instancetype=ZZ9.HUGE1')
    const alert = errorAlert(page)
    await expect(alert.getByText('InvalidParameterValue.InstanceTypeNotFound', { exact: true })).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  })

  test('the CDC filters sit under More, and filter as the API does', async ({ page, request }) => {
    const cached = await fetchAllImages(request, {
      'Filters.0.Name': 'cdc-cache-status',
      'Filters.0.Values.0': 'CACHED',
    })
    await openApp(page)
    await page.getByRole('button', { name: 'Add filter' }).click()
    const more = page.getByRole('group', { name: 'More' })
    await expect(more.getByRole('menuitem')).toHaveText([/^Dedicated cluster/, /^CDC cache status/])
    await more.getByRole('menuitem', { name: 'CDC cache status', exact: true }).click()
    const editor = page.getByRole('dialog', { name: 'Edit filter CDC cache status' })
    await editor.getByRole('checkbox', { name: 'Cached', exact: true }).check()
    await editor.getByRole('button', { name: 'Apply' }).click()
    await expect(page).toHaveURL(/\?cdcstatus=CACHED$/)
    await expect(page.getByRole('button', { name: 'CDC cache status: Cached', exact: true })).toBeVisible()
    await expect.poll(async () => totalOf(await rangeText(page).textContent())).toBe(cached.length)
  })

  test('the region picker follows DescribeRegions, new regions under Tencent’s own name', async ({
    page,
  }) => {
    await openApp(page)
    const picker = page.getByRole('combobox', { name: 'Region' })
    await expect(picker.getByRole('option', { name: '华南地区(清远) (ap-qingyuan)' })).toHaveCount(1)
    await picker.selectOption('ap-qingyuan')
    await expect(page).toHaveURL(/region=ap-qingyuan/)
    await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
  })

  test('Deprecated images carry a badge, families sort, and the drawer shows sync progress', async ({
    page,
    request,
  }) => {
    await openApp(page, '?name=CentOS%206.8')
    await expect(bodyRows(page).first().getByText('Deprecated', { exact: true })).toBeVisible()

    await openApp(page, '?type=custom&sort=family:asc')
    await expect(page.getByRole('columnheader', { name: /Image family/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    const families = (await columnTexts(page, COLUMN.family)).filter((text) => text !== '—')
    expect(families.length).toBeGreaterThan(0)
    expect(families).toEqual([...families].sort())

    const synced = (
      await fetchAllImages(request, { 'Filters.0.Name': 'image-type', 'Filters.0.Values.0': 'PRIVATE_IMAGE' })
    )
      .map((image) => image as unknown as { ImageId: string; SyncPercent: number | null })
      .find((image) => image.SyncPercent !== null)
    expect(synced).toBeDefined()
    await page.goto(`/?image=${synced?.ImageId}`)
    const drawer = page.getByRole('dialog')
    await expect(drawer.getByRole('progressbar', { name: 'Sync progress' })).toHaveAttribute(
      'value',
      String(synced?.SyncPercent),
    )
  })
})

test.describe('legacy mode', () => {
  test('offers neither Instance type nor More, and ignores them in a link', async ({ page }) => {
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/DescribeImages')) sent.push(request.url())
    })
    await openApp(page, '?instancetype=S5.MEDIUM2&cdcstatus=CACHED&type=custom')
    await expect(page.getByRole('button', { name: 'Type: Custom', exact: true })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(sent.filter((url) => /InstanceType|cdc/i.test(url))).toEqual([])
    await page.getByRole('button', { name: 'Add filter' }).click()
    await expect(page.getByRole('menuitem')).toHaveText([
      /^Type/,
      /^Name/,
      /^Image ID/,
      /^Platform/,
      /^Created/,
      /^Status/,
      /^Architecture/,
    ])
    await expect(page.getByRole('group', { name: 'More' })).toHaveCount(0)
    await expect(page.getByRole('columnheader', { name: /Image family/ })).toHaveCount(0)
  })

  test('a public image’s 1970 creation time shows as a dash that says why, and sorts last', async ({
    page,
  }) => {
    await openApp(page, '?type=public&sort=created:desc')
    const created = await columnTexts(page, COLUMN.created)
    expect(created.at(0)).toBe('—')
    const dash = bodyRows(page).first().getByText('—', { exact: true })
    await expect(dash).toHaveAttribute('title', /1970-01-01/)

    // Sorting loads every page of the region first.
    await page.goto('/?sort=created:desc')
    await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/, { timeout: 30_000 })
    expect((await columnTexts(page, COLUMN.created)).at(0)).not.toBe('—')
    await page.goto('/?sort=created:desc&size=100&page=4')
    await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/, { timeout: 30_000 })
    expect((await columnTexts(page, COLUMN.created)).at(-1)).toBe('—')
  })
})

test.describe('errors, explained by their class', { tag: '@api' }, () => {
  test('refused keys (or token): the proxy’s problem, no Retry', async ({ page, request, api }) => {
    const code = api === 'v3' ? 'AuthFailure.TokenFailure' : 'InvalidParameter.SignatureFailure'
    await openApp(page)
    await injectFault(request, { kind: 'error', code }, 20)
    await page.getByRole('combobox', { name: 'Region' }).selectOption('ap-bangkok')
    const alert = errorAlert(page)
    await expect(alert.getByText(code, { exact: true })).toBeVisible()
    await expect(alert.getByText(/the proxy's keys \(or token\)/)).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  })

  test('a missing permission names cvm:DescribeImages, and offers no Retry', async ({
    page,
    request,
    api,
  }) => {
    const code = api === 'v3' ? 'UnauthorizedOperation' : 'AuthFailure'
    await openApp(page)
    await injectFault(request, { kind: 'error', code }, 20)
    await page.getByRole('combobox', { name: 'Region' }).selectOption('ap-jakarta')
    const alert = errorAlert(page)
    await expect(alert.getByText(code, { exact: true })).toBeVisible()
    await expect(alert.getByText(/cvm:DescribeImages/)).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  })

  test('throttling is retried by the proxy, then asks to wait, and Retry recovers', async ({
    page,
    request,
    api,
  }) => {
    const code = api === 'v3' ? 'RequestLimitExceeded' : 'InvalidRequest.LimitExceeded'
    await openApp(page)
    await injectFault(request, { kind: 'error', code }, 20)
    await page.getByRole('combobox', { name: 'Region' }).selectOption('na-toronto')
    const alert = errorAlert(page)
    await expect(alert.getByText(code, { exact: true })).toBeVisible()
    await expect(
      alert.getByText(/Too many requests reached the API at once\. Try again in 1 s\./),
    ).toBeVisible()
    await resetFaults(request)
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
  })
})

/**
 * The demo stays current: an app started as `npm start` starts it, with no EMULATOR_NOW, has custom images
 * from this week, and "Last 7 days" stays relative in the link (`created=7d`), so the link lists this week's
 * images on whatever day it is opened.
 */

import { type StartedApp, startApp } from '../scripts/lib/start-app'
import { rangeText, reviewStamp, rowIds } from './support/app'
import { expect, test } from './support/fixtures'
import { gotoApp } from './support/hydration'
import { CUSTOM, fetchFilterable } from './support/ops'

let app: StartedApp

test.beforeAll(async () => {
  app = await startApp({ prebuilt: true })
})

test.afterAll(async () => {
  await app?.stop()
})

test('"Last 7 days" lists this week’s images of a fresh demo, and the link keeps it relative', async ({
  browser,
  playwright,
}) => {
  const api = await playwright.request.newContext({ baseURL: app.url })
  // "Last 7 days": from the start of the UTC day a week ago.
  const since = Math.floor(Date.now() / 86_400_000 - 7) * 86_400_000
  const thisWeek = (await fetchFilterable(api, CUSTOM)).filter((image) => image.created >= since)
  expect(thisWeek.length).toBeGreaterThan(0)

  const page = await (await browser.newContext({ baseURL: app.url })).newPage()
  await gotoApp(page, '/?type=custom&sort=created:desc')
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: 'Created' }).click()
  await page
    .getByRole('dialog', { name: 'Edit filter Created' })
    .getByRole('button', { name: 'Last 7 days' })
    .click()

  await expect(page).toHaveURL(/[?&]created=7d(&|$)/)
  await expect(page.getByRole('button', { name: 'Created: last 7 days', exact: true })).toBeVisible()
  await expect(rangeText(page)).toHaveText(new RegExp(` of ${thisWeek.length}$`))
  await expect(reviewStamp(page)).toContainText('Created: last 7 days')
  const newestFirst = [...thisWeek].sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1))
  await expect.poll(() => rowIds(page)).toEqual(newestFirst.slice(0, 20).map((image) => image.id))

  await page.reload()
  await expect(page.getByRole('button', { name: 'Created: last 7 days', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/[?&]created=7d(&|$)/)
  await api.dispose()
})

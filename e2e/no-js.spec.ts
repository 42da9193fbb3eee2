import { bodyRows, COLUMN, columnTexts, imagesTable, rangeText } from './support/app'
import { expect, test } from './support/fixtures'
import { gotoApp, watchHydration } from './support/hydration'

/** The first screen's controls are links and GET forms: they work before the script, and without it. */
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('pages by link, searches by form, removes a chip by link, sorts by link, picks a region', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(bodyRows(page)).toHaveCount(20)
    await page.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL(/\?page=2$/)
    await expect(rangeText(page)).toHaveText(/^21–40 of /)

    // The search box is a GET form: Enter goes to ?name=, from page 1.
    const search = page.getByRole('searchbox', { name: 'Search images' })
    await search.fill('ubuntu')
    await search.press('Enter')
    await expect(page).toHaveURL(/\?name=ubuntu$/)
    await expect(page.getByRole('button', { name: 'Name: ubuntu', exact: true })).toBeVisible()
    expect((await columnTexts(page, COLUMN.name)).every((name) => /ubuntu/i.test(name))).toBe(true)

    await page.getByRole('link', { name: 'Remove filter Name: ubuntu' }).click()
    await expect(page).toHaveURL(/\/\??$/)
    await expect(page.getByRole('button', { name: /^Name:/ })).toHaveCount(0)

    // A sort across pages needs the script: the page says what it shows instead of loading forever.
    await imagesTable(page).getByRole('columnheader', { name: 'Name' }).getByRole('link').click()
    await expect(page).toHaveURL(/\?sort=name%3Aasc$/)
    // A note (Playwright's text search skips <noscript>, where it is).
    await expect(
      page.getByRole('note').filter({ hasText: "needs JavaScript: showing the API's order, this page only" }),
    ).toBeVisible()
    await expect(bodyRows(page)).toHaveCount(20)

    // The region picker submits with a button that exists only without the script.
    await page.getByRole('combobox', { name: 'Region' }).selectOption('ap-shanghai')
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await expect(page).toHaveURL(/region=ap-shanghai/)
    await expect(page).toHaveURL(/sort=name/)
    await expect(bodyRows(page).first()).toBeVisible()
  })
})

test('with JavaScript, the same links and forms navigate in the page, with no hydration warning', async ({
  page,
}) => {
  const warnings = watchHydration(page)
  await gotoApp(page, '/')
  // A full load would lose this.
  await page.evaluate(() => Object.assign(window, { samePage: true }))
  const samePage = () => page.evaluate(() => (window as { samePage?: boolean }).samePage === true)

  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(rangeText(page)).toHaveText(/^21–40 of /)
  await expect(page).toHaveURL(/\?page=2$/)
  await page.getByRole('link', { name: 'Previous page' }).click()
  await expect(page).toHaveURL(/\/\??$/)

  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.fill('ubuntu')
  await search.press('Enter')
  await expect(page).toHaveURL(/\?name=ubuntu$/)
  await page.getByRole('link', { name: 'Remove filter Name: ubuntu' }).click()
  await expect(page.getByRole('button', { name: /^Name:/ })).toHaveCount(0)

  await imagesTable(page).getByRole('columnheader', { name: 'Name' }).getByRole('link').click()
  await expect(page).toHaveURL(/\?sort=name%3Aasc$/)
  await expect(page.getByText(/Sorted across all/)).toBeVisible()
  // The region submit button is only for a page without its script.
  await expect(page.getByRole('button', { name: 'Show', exact: true })).toHaveCount(0)

  expect(await samePage()).toBe(true)
  expect(warnings()).toEqual([])
})

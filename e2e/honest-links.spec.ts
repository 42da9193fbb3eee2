import { bodyRows, injectFault, openApp, resetFaults, reviewStamp } from './support/app'
import { expect, test } from './support/fixtures'

const notice = (page: import('@playwright/test').Page) => page.getByRole('status', { name: 'Link notice' })

test.afterEach(async ({ request }) => {
  await resetFaults(request)
})

test('a link with values the view cannot use names each of them and is rewritten to what is shown', async ({
  page,
}) => {
  await openApp(page, '?type=nonsense&name=web&sort=bogus:up&size=1000&page=-1&image=foo&theme=light')
  await expect(notice(page)).toHaveText(
    'Ignored from this link: type=nonsense, sort=bogus:up, size=1000, page=-1, image=foo.',
  )
  // The URL is what the screen shows; the bad values are gone, the rest kept, and no history entry added.
  await expect(page).toHaveURL(/\/\?name=web&theme=light$/)
  await expect(page.getByRole('button', { name: 'Name: web', exact: true })).toBeVisible()
  await page.goBack()
  await expect(page).toHaveURL('about:blank')
})

test('further Name filters of a link are shown as chips; a malformed or repeated one is named', async ({
  page,
}) => {
  await openApp(page, '?name=mysql&name11=web&name3=prod&name2=MYSQL')
  await expect(notice(page)).toHaveText('Ignored from this link: name11=web, name2=MYSQL.')
  await expect(page).toHaveURL(/\/\?name=mysql&name2=prod$/)
  await expect(page.getByRole('button', { name: /^Name:/ })).toHaveText(['Name: mysql', 'Name: prod'])
  await expect(reviewStamp(page)).toContainText('Name: mysql; Name: prod')
})

test('the notice can be dismissed, and a clean link has none', async ({ page }) => {
  await openApp(page, '?sort=bogus:up')
  await notice(page).getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice(page)).toHaveCount(0)
  await openApp(page, '?type=custom&sort=name:desc')
  await expect(bodyRows(page).first()).toBeVisible()
  await expect(notice(page)).toHaveCount(0)
})

for (const region of ['mars-1', 'AP-SHANGHAI']) {
  test(`a malformed region (${region}) is named, never quietly replaced`, async ({ page }) => {
    await openApp(page, `?region=${region}`)
    await expect(notice(page)).toHaveText(`Ignored from this link: region=${region}.`)
    await expect(page).toHaveURL(/\/$/)
    // The default region shows, and the notice said why.
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-guangzhou')
    await expect(reviewStamp(page)).toContainText('Guangzhou (ap-guangzhou)')
  })
}

test('a well-formed region the app does not list is asked for as it is, and its error names it', async ({
  page,
}) => {
  // The emulator, like Tencent, serves regions newer than the built-in list (ap-qingyuan) but not this one.
  await page.goto('/?region=ap-atlantis')
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load images' })
  await expect(alert).toBeVisible()
  await expect(alert.getByText('ap-atlantis', { exact: true })).toBeVisible()
  await expect(alert).toContainText('ap-atlantis is not a region this app lists')
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-atlantis')
  await expect(page).toHaveURL(/\?region=ap-atlantis$/)
  await expect(notice(page)).toHaveCount(0)
})

test('a region newer than the built-in list shows its images when the cloud serves it', async ({ page }) => {
  await page.goto('/?region=ap-qingyuan')
  await expect(bodyRows(page).first()).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-qingyuan')
  await expect(notice(page)).toHaveCount(0)
})

test('a lookup link with more than 100 IDs says how many were dropped', async ({ page }) => {
  const ids = Array.from({ length: 150 }, (_, i) => `img-${String(i).padStart(8, '0')}`)
  await page.goto(`/?lookup=${ids.join(',')}`)
  await expect(notice(page)).toHaveText(
    'Looked up the first 100 IDs; 50 more IDs were dropped (one lookup takes at most 100).',
  )
  await expect(page.getByText('Looking up 100 IDs; filters are off.')).toBeVisible()
  expect(new URL(page.url()).searchParams.getAll('lookup')).toHaveLength(100)
})

test("a drawer that cannot load its image shows the API's code, message and RequestId", async ({
  page,
  request,
}) => {
  await openApp(page, '?region=ap-bangkok')
  // The list is now in the proxy's cache; only the drawer's lookup reaches the emulator and fails.
  await injectFault(request, { kind: 'error', code: 'InvalidImageId.Malformed', message: 'Bad image id.' }, 1)
  await page.goto('/?region=ap-bangkok&image=img-zzzz0001')
  const drawer = page.getByRole('dialog')
  const alert = drawer.getByRole('alert').filter({ hasText: 'Could not load this image' })
  await expect(alert.getByText('InvalidImageId.Malformed', { exact: true })).toBeVisible()
  await expect(alert.getByText('Bad image id.')).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Copy RequestId' })).toBeVisible()
  await expect(drawer.getByText('Could not load this image')).toHaveCount(1)
})

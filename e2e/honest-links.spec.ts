import { bodyRows, injectFault, openApp, quotaCounted, resetFaults, reviewStamp } from './support/app'
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

test('the notice can be dismissed', async ({ page }) => {
  await openApp(page, '?sort=bogus:up')
  await notice(page).getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice(page)).toHaveCount(0)
})

test('a malformed region is named, never quietly replaced', async ({ page }) => {
  await openApp(page, '?region=mars-1')
  await expect(notice(page)).toHaveText('Ignored from this link: region=mars-1.')
  await expect(page).toHaveURL(/\/$/)
  // The default region shows, and the notice said why.
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-guangzhou')
  await expect(reviewStamp(page)).toContainText('Guangzhou (ap-guangzhou)')
})

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

test("a drawer that cannot load its image shows the API's code, message and RequestId", async ({
  page,
  request,
}) => {
  await openApp(page, '?region=ap-hongkong')
  await quotaCounted(page)
  // The list and that count are now in the proxy's cache; only the drawer's lookup reaches the emulator and fails.
  await injectFault(request, { kind: 'error', code: 'InvalidImageId.Malformed', message: 'Bad image id.' }, 1)
  await page.goto('/?region=ap-hongkong&image=img-zzzz0001')
  const drawer = page.getByRole('dialog')
  const alert = drawer.getByRole('alert').filter({ hasText: 'Could not load this image' })
  await expect(alert.getByText('InvalidImageId.Malformed', { exact: true })).toBeVisible()
  await expect(alert.getByText('Bad image id.')).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Copy RequestId' })).toBeVisible()
  await expect(drawer.getByText('Could not load this image')).toHaveCount(1)
})

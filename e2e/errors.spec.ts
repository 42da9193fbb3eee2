import { bodyRows, injectFault, openApp, resetFaults } from './support/app'
import { expect, test } from './support/fixtures'

test.afterEach(async ({ request }) => {
  await resetFaults(request)
})

test('a server fault shows the code, message and RequestId, and Retry recovers', { tag: '@api' }, async ({
  page,
  request,
}) => {
  await openApp(page)
  await injectFault(request, { kind: 'http500' }, 20)
  // A region this run has not asked for yet, so the proxy's cache cannot answer it.
  await page.getByRole('combobox', { name: 'Region' }).selectOption('ap-mumbai')
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load images' })
  await expect(alert).toBeVisible()
  await expect(alert.getByText(/^ProxyError\.|^InternalError|^HttpError/)).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Copy RequestId' })).toBeVisible()

  await resetFaults(request)
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
})

test('refused keys are explained as the proxy’s problem, without a Retry', { tag: '@api' }, async ({
  page,
  request,
}) => {
  await openApp(page)
  await injectFault(request, { kind: 'error', code: 'AuthFailure.SignatureFailure' }, 20)
  await page.getByRole('combobox', { name: 'Region' }).selectOption('ap-seoul')
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load images' })
  await expect(alert.getByText('AuthFailure.SignatureFailure', { exact: true })).toBeVisible()
  await expect(alert.getByText(/not something you did/)).toBeVisible()
  await expect(alert.getByText(/^[0-9a-f-]{16,}$/)).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0)
})

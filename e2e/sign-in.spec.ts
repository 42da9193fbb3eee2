/**
 * Sign-in through a real OpenID provider (oidc-provider, with its development login and consent pages) in
 * Chromium: an app started with AUTH=oidc sends a visitor to the provider, takes them back signed in, shows
 * who they are in its header, and signs them out there and at the provider. An account outside the allowed
 * domain is refused with a page saying why.
 */
import type { Page } from '@playwright/test'
import { oidcSettings, startTestIdp, type TestIdp } from '../proxy/test-support/oidc-provider'
import { freePort, type StartedApp, startApp } from '../scripts/lib/start-app'
import { expect, test } from './support/fixtures'

let idp: TestIdp
let app: StartedApp

test.beforeAll(async () => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  idp = await startTestIdp({ appUrl: url })
  app = await startApp({
    prebuilt: true,
    port,
    readyTimeoutMs: 60_000,
    env: {
      LOG_LEVEL: 'warn',
      ...oidcSettings(idp, url),
      SESSION_SECRET: 'e2e-session-secret-0c7f3b9e-long-enough-to-sign',
    },
  })
})

test.afterAll(async () => {
  await app?.stop()
  await idp?.close()
})

/** The provider's own login page, then its consent page. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.getByPlaceholder('Enter any login').fill(login)
  await page.getByPlaceholder('and password').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

test('signs in through the identity provider, shows who in the header, and signs out', async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage()
  await page.goto(`${app.url}/?type=custom`)
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`))
  await signInAtProvider(page, 'alice@example.com')

  await expect(page).toHaveURL(`${app.url}/?type=custom`)
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', '', { timeout: 30_000 })
  const banner = page.getByRole('banner')
  await expect(banner.getByText('Signed in as alice@example.com')).toBeVisible()
  await banner.getByRole('button', { name: 'Sign out' }).click()

  await page.getByRole('button', { name: 'Yes, sign me out' }).click()
  // Signed out at both ends: the app sends the visitor to sign in again, and the provider asks who they are.
  await expect(page.getByPlaceholder('Enter any login')).toBeVisible()
  const api = await page.request.get(`${app.url}/api/info`)
  expect(api.status()).toBe(401)
})

test('refuses an account outside the allowed domains with a page that says why', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage()
  await page.goto(`${app.url}/`)
  await signInAtProvider(page, 'eve@example.org')
  await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible()
  await expect(page.getByText('eve@example.org is not in a domain allowed')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign in with another account' })).toBeVisible()
})

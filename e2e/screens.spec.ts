import type { Page } from '@playwright/test'
import { bodyRows, injectFault, openApp, resetFaults } from './support/app'
import { expect, test } from './support/fixtures'

/**
 * Review screenshots of every state, light and dark, desktop and phone width, saved to
 * test-results/screens/. Run on request: SCREENS=1 npx playwright test --grep @screens
 */
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } }
const themes = ['light', 'dark'] as const
const faultRegions = ['ap-bangkok', 'ap-jakarta', 'na-toronto', 'sa-saopaulo']

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` })
}

for (const [widthName, viewport] of Object.entries(widths)) {
  for (const theme of themes) {
    const suffix = `${widthName}-${theme}`
    test.describe(`${suffix} @screens`, () => {
      test.use({ viewport, colorScheme: theme })

      test(`data states ${suffix}`, async ({ page }) => {
        await openApp(page)
        await shoot(page, `list-${suffix}`)
        await openApp(page, '?type=custom&type=shared&name=web')
        await shoot(page, `filtered-${suffix}`)
        await openApp(page, '?sort=name:asc,created:desc')
        await expect(page.getByText(/^Sorted across all/)).toBeVisible()
        await shoot(page, `sorted-${suffix}`)
        await bodyRows(page).nth(1).click()
        await expect(page.getByRole('dialog')).toBeVisible()
        await shoot(page, `drawer-${suffix}`)
        await page.goto('/?name=no-such-image-anywhere')
        await expect(page.getByRole('heading', { name: 'No images match these filters' })).toBeVisible()
        await shoot(page, `empty-${suffix}`)
      })

      test(`loading and error ${suffix}`, async ({ page, request }) => {
        let release: () => void = () => {}
        const held = new Promise<void>((resolve) => {
          release = resolve
        })
        await page.route('**/api/DescribeImages**', async (route) => {
          await held
          await route.continue()
        })
        await page.goto('/')
        await expect(page.getByRole('table', { name: 'Images' })).toBeVisible()
        await shoot(page, `loading-${suffix}`)
        release()
        await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-/)
        await page.unrouteAll({ behavior: 'ignoreErrors' })

        const region = faultRegions[Object.keys(widths).indexOf(widthName) * 2 + themes.indexOf(theme)]
        await injectFault(request, { kind: 'http500' }, 20)
        try {
          await page.goto(`/?region=${region}`)
          await expect(page.getByRole('alert').filter({ hasText: 'Could not load images' })).toBeVisible()
          await shoot(page, `error-${suffix}`)
        } finally {
          await resetFaults(request)
        }
      })
    })
  }
}

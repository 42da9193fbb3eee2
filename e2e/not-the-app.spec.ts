import { bodyRows, openApp } from './support/app'
import { expect, test } from './support/fixtures'

test('an address that is not the app gets a small page with a way back', async ({ page }) => {
  const response = await page.goto('/foo')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the CVM Image Browser' }).click()
  await expect(bodyRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
})

test('an unknown API path keeps the JSON envelope, and plain HTTP gets no HSTS', async ({ request }) => {
  const response = await request.get('/api/nothing-here', { headers: { accept: 'text/html' } })
  expect(response.status()).toBe(404)
  expect((await response.json()).Response.Error.Code).toBe('ResourceNotFound')
  const page = await request.get('/', { headers: { accept: 'text/html' } })
  expect(page.headers()['strict-transport-security']).toBeUndefined()
})

test('ARM images name their OS as Tencent does, and IDs sit on the row baseline', async ({ page }) => {
  await openApp(page, '?name=ARM64&cols=name,id,os,arch')
  const rows = bodyRows(page)
  // cols=name,id,os,arch after the Select box: the OS is cell 3, the architecture cell 4.
  await expect(rows.first().getByRole('cell').nth(4)).toHaveText('arm')
  const osNames = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[3]?.textContent))
  expect(osNames.length).toBeGreaterThan(5)
  for (const os of osNames) {
    expect(os).toMatch(/ 64bit \(arm64\)$/)
    expect(os).not.toMatch(/aarch64|LTSa/)
  }
  // The baseline of a line of text is where a zero-height inline box placed after it sits.
  const baselines = await rows.first().evaluate((tr) =>
    // The Name, ID and OS cells, after the row's Select box.
    [...tr.querySelectorAll('td')].slice(1, 4).map((td) => {
      const text = [...td.querySelectorAll('span, div')].find((el) => el.childNodes[0]?.nodeType === 3) ?? td
      const probe = document.createElement('span')
      probe.style.cssText = 'display:inline-block;width:0;height:0'
      text.append(probe)
      const y = probe.getBoundingClientRect().top
      probe.remove()
      return y
    }),
  )
  expect(Math.abs((baselines[1] ?? 0) - (baselines[0] ?? 0))).toBeLessThan(1)
  expect(Math.abs((baselines[2] ?? 0) - (baselines[0] ?? 0))).toBeLessThan(1)
})

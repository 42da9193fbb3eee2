import { expect, type Locator, type Page } from '@playwright/test'
import { gotoApp } from './hydration'

/** The app in Simplified Chinese, found by its Chinese accessible names. */
export function zhTable(page: Page): Locator {
  return page.getByRole('table', { name: '镜像列表' })
}

export function zhRows(page: Page): Locator {
  return zhTable(page).getByRole('rowgroup').nth(1).getByRole('row')
}

/** Opens the app at `query` with lang=zh-CN, waits until it answers input and real rows are on screen. */
export async function openZh(page: Page, query = ''): Promise<void> {
  const params = new URLSearchParams(query)
  params.set('lang', 'zh-CN')
  await gotoApp(page, `/?${params}`)
  await expect(zhRows(page).first()).toHaveAttribute('id', /^image-row-img-/)
}

export function zhStamp(page: Page): Locator {
  return page.getByRole('note', { name: '评审标记' })
}

export function zhRange(page: Page): Locator {
  return page.getByRole('navigation', { name: '分页' }).getByText(/^(第 [\d,]+–[\d,]+ 条，)?共 [\d,]+ 条$/)
}

/** The page's language switch, named in both languages. */
export function languageSelect(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Language / 语言' })
}

/** The texts of one column of the rows on screen, by position (COLUMN in ./app.ts). */
export async function zhColumnTexts(page: Page, column: number): Promise<string[]> {
  return zhRows(page).evaluateAll(
    (rows, index) => rows.map((row) => row.querySelectorAll('td')[index]?.textContent?.trim() ?? ''),
    column,
  )
}

import { expect, type Locator, type Page } from '@playwright/test'
import { ImageList } from './image-list'

/** The app in Simplified Chinese, found by its Chinese accessible names. */
const zh = (page: Page) => new ImageList(page, 'zh-CN')

export function zhTable(page: Page): Locator {
  return zh(page).table()
}

export function zhRows(page: Page): Locator {
  return zh(page).rows()
}

/** Opens the app at `query` with lang=zh-CN, waits until it answers input and real rows are on screen. */
export function openZh(page: Page, query = ''): Promise<void> {
  return zh(page).open(query)
}

export function zhStamp(page: Page): Locator {
  return zh(page).stamp()
}

export function zhRange(page: Page): Locator {
  return zh(page).range()
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

/**
 * English left in the interface of a screen in zh-CN is checked in the text a reader sees and the names,
 * descriptions, titles and placeholders a screen reader or a tooltip gives. Data (marked translate="no"),
 * the English option of the language switch (lang="en") and the values this test typed are not interface.
 */
const ALLOWED = new Set(
  [
    'CVM ID API JSON CSV UTF Excel Markdown tccli DescribeImages RequestId Enter Esc Shift Cloud init BYOL',
    'UTF-8 Cloud-init GiB UTC Language Ubuntu env prod web img pmqg1cw7 x86_64 arm CAM cvm CDC SA5.MEDIUM2 cluster-12345678',
  ]
    .join(' ')
    .split(' '),
)

/** Codes: API values (PRIVATE_IMAGE) and Tencent's error codes (InternalError, AuthFailure.SignatureFailure). */
const CODE =
  /^([A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z][a-z]+([A-Z][a-z0-9]*)+(\.[A-Za-z0-9]+)*|[A-Z][A-Za-z]+\.[A-Za-z0-9.]+)$/

function isAllowed(word: string, typed: readonly string[]): boolean {
  return (
    ALLOWED.has(word) ||
    typed.includes(word) ||
    CODE.test(word) ||
    /^img-[0-9a-z]+$/.test(word) ||
    /^(ap|na|eu|sa)-[a-z-]+$/.test(word) ||
    /^cvm-images_/.test(word)
  )
}

/** The interface's own words on screen now, outside data, in `root` (and the page title when that is the body). */
async function interfaceText(root: Locator): Promise<string[]> {
  return root.evaluate((top) => {
    const skip = (element: Element | null) => element?.closest('[translate="no"], [lang="en"]') !== null
    const visible = (element: Element) => element.getClientRects().length > 0
    const texts: string[] = []
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || skip(parent) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue
      if (node.textContent?.trim()) texts.push(node.textContent)
    }
    const named = '[aria-label], [title], [placeholder], [aria-description]'
    for (const element of [top, ...top.querySelectorAll(named)]) {
      if (!element.matches(named) || skip(element) || !visible(element)) continue
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-description']) {
        const value = element.getAttribute(name)
        if (value) texts.push(value)
      }
    }
    if (top === document.body) texts.push(document.title)
    return texts
  })
}

/**
 * Fails on any word of the interface that is English, except codes, names, examples and what the test typed;
 * on the whole page, or only `within` one part of it (a dialog, a panel) when that part is the screen tested.
 */
export async function expectNoEnglish(
  page: Page,
  screen: string,
  typed: readonly string[] = [],
  within: Locator = page.locator('body'),
) {
  const words = (await interfaceText(within)).flatMap(
    (text) => text.match(/[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]/g) ?? [],
  )
  expect(
    words.filter((word) => !isAllowed(word, typed)),
    screen,
  ).toEqual([])
}

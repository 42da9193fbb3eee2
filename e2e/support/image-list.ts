/**
 * The image list as a user finds it, by its accessible names, in English or Chinese: the table and its rows,
 * the pagination bar, the review stamp, the filter chips and the Add filter menu, the drawer.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { gotoApp } from './hydration'

export type Lang = 'en' | 'zh-CN'

/** Cell positions in a row; the first cell is the row's "Select" checkbox. */
export const COLUMN = {
  select: 0,
  name: 1,
  id: 2,
  type: 3,
  os: 4,
  platform: 5,
  arch: 6,
  status: 7,
  created: 8,
  creator: 9,
  /** API 3.0 only. */
  family: 10,
}

/** The accessible names the page object finds things by, in each language. */
const NAMES = {
  en: {
    table: 'Images',
    pagination: 'Pagination',
    stamp: 'Review stamp',
    addFilter: 'Add filter',
    editFilter: 'Edit filter',
    removeFilter: 'Remove filter',
  },
  'zh-CN': {
    table: '镜像列表',
    pagination: '分页',
    stamp: '评审标记',
    addFilter: '添加筛选',
    editFilter: '编辑筛选',
    removeFilter: '移除筛选',
  },
} as const satisfies Record<Lang, Record<string, string>>

/** "21–40 of 1,204" / "第 21–40 条，共 1,204 条" (or "共 1,204 条"): the range, and the total it states. */
const RANGE = { en: / of [\d,]+$/, 'zh-CN': /^(第 [\d,]+–[\d,]+ 条，)?共 [\d,]+ 条$/ } as const
const TOTAL = { en: / of ([\d,]+)$/, 'zh-CN': /共 ([\d,]+) 条$/ } as const

export class ImageList {
  readonly names: (typeof NAMES)[Lang]

  constructor(
    readonly page: Page,
    readonly lang: Lang = 'en',
  ) {
    this.names = NAMES[lang]
  }

  /** Opens the app at `query` (in this list's language) and waits for real rows, not skeletons. */
  async open(query = ''): Promise<void> {
    if (this.lang === 'en') await gotoApp(this.page, `/${query}`)
    else {
      const params = new URLSearchParams(query)
      params.set('lang', this.lang)
      await gotoApp(this.page, `/?${params}`)
    }
    await expect(this.rows().first()).toHaveAttribute('id', /^image-row-img-/)
  }

  table(): Locator {
    return this.page.getByRole('table', { name: this.names.table })
  }

  rows(): Locator {
    return this.table().getByRole('rowgroup').nth(1).getByRole('row')
  }

  pagination(): Locator {
    return this.page.getByRole('navigation', { name: this.names.pagination })
  }

  /** The pagination bar's range ("1–20 of 240"). */
  range(): Locator {
    return this.pagination().getByText(RANGE[this.lang])
  }

  /** The total the pagination bar states. */
  async total(): Promise<number> {
    return totalOf(await this.range().textContent(), this.lang)
  }

  stamp(): Locator {
    return this.page.getByRole('note', { name: this.names.stamp })
  }

  /** Opens Add filter, picks `field` and returns its editor. */
  async addFilter(field: string): Promise<Locator> {
    await this.page.getByRole('button', { name: this.names.addFilter }).click()
    await this.page.getByRole('menuitem', { name: field, exact: true }).click()
    return this.editor(field)
  }

  /** The editor of the filter `field`. */
  editor(field: string): Locator {
    return this.page.getByRole('dialog', { name: `${this.names.editFilter} ${field}` })
  }

  /** The chip that reads `chip` ("Type: Custom"); clicking it opens its editor. */
  chip(chip: string): Locator {
    return this.page.getByRole('button', { name: chip, exact: true })
  }

  /** The remove link of the chip that reads `chip` ("Name: nginx"). */
  removeChip(chip: string): Locator {
    return this.page.getByRole('link', { name: `${this.names.removeFilter} ${chip}` })
  }

  /** The drawer of the image named `name` (the dialog is named by the image). */
  drawer(name: string): Locator {
    return this.page.getByRole('dialog', { name })
  }

  /** Clicks the name of the `index`th row on screen: the drawer it opens, and the image's ID and name. */
  async openRow(index: number): Promise<{ drawer: Locator; id: string; name: string }> {
    const row = this.rows().nth(index)
    const id = (await row.getAttribute('id'))?.replace('image-row-', '') ?? ''
    const nameCell = row.getByRole('cell').nth(COLUMN.name)
    const name = (await nameCell.textContent())?.trim() ?? ''
    await nameCell.click()
    return { drawer: this.drawer(name), id, name }
  }
}

/** Add filter → `field`, in the page's language: the field's editor. */
export function addFilter(page: Page, field: string, lang: Lang = 'en'): Promise<Locator> {
  return new ImageList(page, lang).addFilter(field)
}

/** The total a range text states ("1–20 of 1,204" → 1204), 0 for no text. */
export function totalOf(text: string | null, lang: Lang = 'en'): number {
  const match = TOTAL[lang].exec((text ?? '').trim())
  return match ? Number((match[1] ?? '').replaceAll(',', '')) : 0
}

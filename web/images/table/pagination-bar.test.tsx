// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { inChinese, renderWithUser } from '../../test-support/components'
import { PaginationBar } from './pagination-bar'

/** A bar over `total` images, on `page` of pages of `size`, with spies for the page and the size asked for. */
function renderBar({ page = 1, size = 20, total = 95, known = true } = {}) {
  const onPage = vi.fn()
  const onSize = vi.fn()
  const rowsOnPage = Math.max(0, Math.min(size, total - (page - 1) * size))
  const rendered = renderWithUser(
    <PaginationBar
      page={page}
      size={size}
      total={total}
      rowsOnPage={rowsOnPage}
      known={known}
      onPage={onPage}
      onSize={onSize}
      pageHref={(target) => `?page=${target}`}
      pageFields={[['region', 'ap-guangzhou']]}
    />,
  )
  return { ...rendered, onPage, onSize }
}

const bar = () => screen.getByRole('navigation', { name: 'Pagination' })
const step = (name: string) => screen.getByRole<HTMLAnchorElement>('link', { name })
const isDisabled = (name: string) => step(name).getAttribute('aria-disabled') === 'true'
const pageBox = () => screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Page' })

describe('PaginationBar', () => {
  it('states the range shown and how many pages there are', () => {
    renderBar({ page: 2 })
    expect(bar().textContent).toContain('21–40 of 95')
    expect(bar().textContent).toContain('of 5')
    expect(pageBox().value).toBe('2')
  })

  it('says it is loading instead of "0 of 0" before the first answer', () => {
    renderBar({ total: 0, known: false })
    expect(bar().textContent).toContain('Loading…')
    expect(bar().textContent).not.toContain('0 of 0')
  })

  it('disables First and Previous on the first page, Next and Last on the last', () => {
    renderBar({ page: 1 })
    expect(isDisabled('First page')).toBe(true)
    expect(isDisabled('Previous page')).toBe(true)
    expect(isDisabled('Next page')).toBe(false)
    expect(isDisabled('Last page')).toBe(false)
  })

  it('links each step to its page, and a disabled one nowhere', () => {
    renderBar({ page: 1 })
    expect(step('Next page').getAttribute('href')).toBe('?page=2')
    expect(step('Last page').getAttribute('href')).toBe('?page=5')
    expect(step('Previous page').hasAttribute('href')).toBe(false)
  })

  it('puts the page number in a form that goes to ?page= with the rest of the view', () => {
    renderBar({ page: 2 })
    const form = pageBox().form
    expect(pageBox().name).toBe('page')
    expect(form?.getAttribute('method')).toBe('get')
    expect([...new FormData(form ?? undefined)]).toEqual([
      ['region', 'ap-guangzhou'],
      ['page', '2'],
    ])
  })

  it('disables Next and Last on the last page, which shows the rows left', () => {
    renderBar({ page: 5 })
    expect(bar().textContent).toContain('81–95 of 95')
    expect(isDisabled('Next page')).toBe(true)
    expect(isDisabled('Last page')).toBe(true)
    expect(isDisabled('Previous page')).toBe(false)
  })

  it('disables every step when everything fits on one page', () => {
    renderBar({ total: 7 })
    for (const name of ['First page', 'Previous page', 'Next page', 'Last page']) {
      expect(isDisabled(name)).toBe(true)
    }
  })

  it('asks for the neighbouring and the end pages', async () => {
    const { user, onPage } = renderBar({ page: 3 })
    await user.click(step('Next page'))
    await user.click(step('Previous page'))
    await user.click(step('First page'))
    await user.click(step('Last page'))
    expect(onPage.mock.calls).toEqual([[4], [2], [1], [5]])
  })

  it('goes to a typed page on Enter, clamped to the pages there are', async () => {
    const { user, onPage } = renderBar({ page: 2 })
    await user.clear(pageBox())
    await user.type(pageBox(), '4{Enter}')
    expect(onPage).toHaveBeenLastCalledWith(4)
    await user.clear(pageBox())
    await user.type(pageBox(), '99{Enter}')
    expect(onPage).toHaveBeenLastCalledWith(5)
  })

  it('puts the current page back on Escape, going nowhere', async () => {
    const { user, onPage } = renderBar({ page: 2 })
    await user.clear(pageBox())
    await user.type(pageBox(), '4{Escape}')
    expect(pageBox().value).toBe('2')
    await user.tab()
    expect(onPage).not.toHaveBeenCalled()
  })

  it('changes the rows per page to one of the sizes offered', async () => {
    const { user, onSize } = renderBar()
    const sizes = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Rows per page' })
    expect(sizes.value).toBe('20')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      '10',
      '20',
      '50',
      '100',
    ])
    await user.selectOptions(sizes, '50')
    expect(onSize).toHaveBeenCalledWith(50)
  })

  it('speaks Chinese', () => {
    inChinese()
    renderBar({ page: 2 })
    const nav = screen.getByRole('navigation', { name: '分页' })
    expect(nav.textContent).toContain('第 21–40 条，共 95 条')
    expect(nav.textContent).toContain('共 5 页')
    expect(screen.getByRole('link', { name: '下一页' }).getAttribute('aria-disabled')).toBe(null)
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '每页行数' }).value).toBe('20')
  })
})

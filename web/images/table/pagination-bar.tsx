import { useEffect, useRef } from 'react'
import { formatRange } from '../../lib/format'
import { t } from '../../lib/i18n'
import { PAGE_SIZES } from '../view-state/url-state'
import { NumberSelect, PageInput, PageLink } from './page-controls'

interface PaginationBarProps {
  page: number
  size: number
  total: number
  rowsOnPage: number
  /** False until the first answer: the range then says so instead of "0 of 0". */
  known: boolean
  onPage: (page: number) => void
  onSize: (size: number) => void
  /** The URL of a page of this view: the steps are links, so they work before the script and without it. */
  pageHref: (page: number) => string
  /** The rest of this view's URL, for the page number's form (which works without the script too). */
  pageFields: readonly [string, string][]
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size))
}

/**
 * A step that pressing disables (Next on the page before the last) would drop the focus to the page;
 * it moves to the way back instead: Previous at the end, Next at the start. `press` goes in each click.
 */
function useFocusKeptAtEnds(page: number, last: number) {
  const previous = useRef<HTMLAnchorElement>(null)
  const next = useRef<HTMLAnchorElement>(null)
  const pressed = useRef<'forward' | 'back' | null>(null)
  useEffect(() => {
    const way = pressed.current
    pressed.current = null
    if (way === 'forward' && page >= last && page > 1) previous.current?.focus()
    if (way === 'back' && page <= 1 && last > 1) next.current?.focus()
  }, [page, last])
  const press = (way: 'forward' | 'back', onPage: (page: number) => void) => (target: number) => {
    pressed.current = document.activeElement instanceof HTMLAnchorElement ? way : null
    onPage(target)
  }
  return { previous, next, press }
}

/** First/previous/page/next/last, rows per page, and the range, announced politely when it changes. */
export function PaginationBar(props: PaginationBarProps) {
  const { page, size, total, rowsOnPage, known, onPage, onSize, pageHref, pageFields } = props
  const last = pageCount(total, size)
  const offset = (page - 1) * size
  const focus = useFocusKeptAtEnds(page, last)
  const back = focus.press('back', onPage)
  const forward = focus.press('forward', onPage)
  return (
    <nav aria-label={t('page.label')} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p aria-live="polite" className="font-medium text-neutral-700 tabular-nums dark:text-neutral-300">
        {known ? formatRange(offset, rowsOnPage, total) : t('ui.loading')}
      </p>
      <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
        <NumberSelect label={t('page.size')} value={size} options={PAGE_SIZES} onChange={onSize} />
        <div className="flex items-center gap-1">
          <PageLink
            label={t('page.first')}
            icon="first"
            page={1}
            disabled={page <= 1}
            href={pageHref}
            onPage={back}
          />
          <PageLink
            ref={focus.previous}
            label={t('page.previous')}
            icon="chevronLeft"
            page={page - 1}
            disabled={page <= 1}
            href={pageHref}
            onPage={back}
          />
          <PageInput page={Math.min(page, last)} last={last} onPage={onPage} fields={pageFields} />
          <span className="pr-1 pl-2 whitespace-nowrap text-neutral-600 tabular-nums dark:text-neutral-400">
            {t('page.of', { last })}
          </span>
          <PageLink
            ref={focus.next}
            label={t('page.next')}
            icon="chevronRight"
            page={page + 1}
            disabled={page >= last}
            href={pageHref}
            onPage={forward}
          />
          <PageLink
            label={t('page.last')}
            icon="last"
            page={last}
            disabled={page >= last}
            href={pageHref}
            onPage={forward}
          />
        </div>
      </div>
    </nav>
  )
}

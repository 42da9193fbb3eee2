import { type Ref, useEffect, useId, useRef, useState } from 'react'
import { formatRange } from '../../lib/format'
import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Icon, type IconName } from '../../ui/icons'
import { selectClass } from '../../ui/surface'
import { PAGE_SIZES } from '../view-state/url-state'

interface PaginationBarProps {
  page: number
  size: number
  total: number
  rowsOnPage: number
  /** False until the first answer: the range then says so instead of "0 of 0". */
  known: boolean
  onPage: (page: number) => void
  onSize: (size: number) => void
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size))
}

function PageButton({
  label,
  icon,
  page,
  disabled,
  onPage,
  ref,
}: {
  label: string
  icon: IconName
  page: number
  disabled: boolean
  onPage: (page: number) => void
  ref?: Ref<HTMLButtonElement>
}) {
  return (
    <Button
      ref={ref}
      aria-label={label}
      title={label}
      size="icon"
      className="h-8 w-8"
      disabled={disabled}
      onClick={() => onPage(page)}
    >
      <Icon name={icon} />
    </Button>
  )
}

/** A labelled <select> of numbers. */
function NumberSelect(props: {
  label: string
  value: number
  options: readonly number[]
  onChange: (value: number) => void
}) {
  const id = useId()
  return (
    <div className="flex items-center gap-2 text-neutral-600 dark:text-neutral-400">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className={selectClass}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The page number, typed: Enter or leaving the box goes there (clamped to the pages there are); Escape
 * puts the current number back. A list of hundreds of numbers is not a control.
 */
function PageInput({ page, last, onPage }: { page: number; last: number; onPage: (page: number) => void }) {
  const [text, setText] = useState<string | null>(null)
  const go = () => {
    const typed = Number.parseInt(text ?? '', 10)
    setText(null)
    if (Number.isFinite(typed)) {
      const target = Math.min(Math.max(typed, 1), last)
      if (target !== page) onPage(target)
    }
  }
  return (
    <label className="flex items-center gap-2 text-neutral-600 dark:text-neutral-400">
      {t('page.page')}
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={last}
        value={text ?? String(page)}
        onChange={(event) => setText(event.target.value)}
        onBlur={go}
        onKeyDown={(event) => {
          if (event.key === 'Enter') go()
          if (event.key === 'Escape') setText(null)
        }}
        className={`${selectClass} w-16 text-right tabular-nums [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none`}
      />
    </label>
  )
}

/**
 * A button that pressing disables (Next on the page before the last) would drop the focus to the page;
 * it moves to the way back instead: Previous at the end, Next at the start. `press` goes in each click.
 */
function useFocusKeptAtEnds(page: number, last: number) {
  const previous = useRef<HTMLButtonElement>(null)
  const next = useRef<HTMLButtonElement>(null)
  const pressed = useRef<'forward' | 'back' | null>(null)
  useEffect(() => {
    const way = pressed.current
    pressed.current = null
    if (way === 'forward' && page >= last && page > 1) previous.current?.focus()
    if (way === 'back' && page <= 1 && last > 1) next.current?.focus()
  }, [page, last])
  const press = (way: 'forward' | 'back', onPage: (page: number) => void) => (target: number) => {
    pressed.current = document.activeElement instanceof HTMLButtonElement ? way : null
    onPage(target)
  }
  return { previous, next, press }
}

/** First/previous/page/next/last, rows per page, and the range, announced politely when it changes. */
export function PaginationBar({ page, size, total, rowsOnPage, known, onPage, onSize }: PaginationBarProps) {
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
          <PageButton label={t('page.first')} icon="first" page={1} disabled={page <= 1} onPage={back} />
          <PageButton
            ref={focus.previous}
            label={t('page.previous')}
            icon="chevronLeft"
            page={page - 1}
            disabled={page <= 1}
            onPage={back}
          />
          <PageInput page={Math.min(page, last)} last={last} onPage={onPage} />
          <span className="pr-1 pl-2 whitespace-nowrap text-neutral-600 tabular-nums dark:text-neutral-400">
            {t('page.of', { last })}
          </span>
          <PageButton
            ref={focus.next}
            label={t('page.next')}
            icon="chevronRight"
            page={page + 1}
            disabled={page >= last}
            onPage={forward}
          />
          <PageButton
            label={t('page.last')}
            icon="last"
            page={last}
            disabled={page >= last}
            onPage={forward}
          />
        </div>
      </div>
    </nav>
  )
}

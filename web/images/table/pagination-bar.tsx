import { useId } from 'react'
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
}: {
  label: string
  icon: IconName
  page: number
  disabled: boolean
  onPage: (page: number) => void
}) {
  return (
    <Button
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
  className?: string
}) {
  const id = useId()
  return (
    <div className="flex items-center gap-2 text-neutral-600 dark:text-neutral-400">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className={props.className ? `${selectClass} ${props.className}` : selectClass}
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

/** First/previous/page/next/last, rows per page, and the range, announced politely when it changes. */
export function PaginationBar({ page, size, total, rowsOnPage, known, onPage, onSize }: PaginationBarProps) {
  const last = pageCount(total, size)
  const offset = (page - 1) * size
  return (
    <nav aria-label={t('page.label')} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p aria-live="polite" className="font-medium text-neutral-700 tabular-nums dark:text-neutral-300">
        {known ? formatRange(offset, rowsOnPage, total) : t('ui.loading')}
      </p>
      <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
        <NumberSelect label={t('page.size')} value={size} options={PAGE_SIZES} onChange={onSize} />
        <div className="flex items-center gap-1">
          <PageButton label={t('page.first')} icon="first" page={1} disabled={page <= 1} onPage={onPage} />
          <PageButton
            label={t('page.previous')}
            icon="chevronLeft"
            page={page - 1}
            disabled={page <= 1}
            onPage={onPage}
          />
          <NumberSelect
            label={t('page.page')}
            value={Math.min(page, last)}
            options={Array.from({ length: last }, (_, i) => i + 1)}
            onChange={onPage}
            className="tabular-nums"
          />
          <span className="pr-1 pl-2 whitespace-nowrap text-neutral-600 tabular-nums dark:text-neutral-400">
            {t('page.of', { last })}
          </span>
          <PageButton
            label={t('page.next')}
            icon="chevronRight"
            page={page + 1}
            disabled={page >= last}
            onPage={onPage}
          />
          <PageButton
            label={t('page.last')}
            icon="last"
            page={last}
            disabled={page >= last}
            onPage={onPage}
          />
        </div>
      </div>
    </nav>
  )
}

import { formatUtc } from '../../lib/format'
import { t } from '../../lib/i18n'
import { columnLabel } from '../data/column-text'
import { regionLabel } from '../data/region-label'
import type { SortScope } from '../data/row-source'
import { type FilterValues, formatChips } from '../filters/filter-chips'
import type { SortKey } from '../view-state/url-state'

/**
 * The review stamp: one line that says what a screen (or a screenshot, or an export) shows, so a picture
 * passed around in a review still carries its context.
 */
export interface StampInput {
  region: string | null
  filters: FilterValues
  lookup: readonly string[]
  /** null until the first answer. */
  total: number | null
  page: number
  size: number
  rowsOnPage: number
  sort: readonly SortKey[]
  sortScope: SortScope
  /** When the rows on screen were fetched (ms since the epoch); null while they are being fetched. */
  fetchedAt: number | null
  /** The error code when the request failed. */
  error: string | null
}

export interface StampParts {
  region: string
  filters: string
  count: string
  page: string
  sort: string
  fetched: string
}

function describeFilters(filters: FilterValues, lookup: readonly string[]): string {
  if (lookup.length > 0) return t('filters.lookupChip', { ids: lookup.join(', ') })
  const chips = formatChips(filters)
  return chips.length > 0 ? chips.join('; ') : t('stamp.noFilters')
}

function describePage(input: StampInput): string {
  if (input.total === null) return t('stamp.page', { page: input.page })
  const pages = Math.max(1, Math.ceil(input.total / input.size))
  const first = (input.page - 1) * input.size
  const rows =
    input.rowsOnPage > 0 ? t('stamp.rows', { first: first + 1, last: first + input.rowsOnPage }) : ''
  return `${t('stamp.pageOf', { page: input.page, pages })}${rows}`
}

function describeSort(input: StampInput): string {
  if (input.sort.length === 0) return t('stamp.unsorted')
  const keys = input.sort
    .map((key) => `${columnLabel(key.field)} ${key.desc ? '↓' : '↑'}`)
    .join(t('ui.listSeparator'))
  const { total, sortScope } = input
  let scope = ''
  if (sortScope === 'all' && total !== null) scope = t('stamp.acrossAll', { total })
  if (sortScope === 'page') scope = t('stamp.withinPage')
  if (sortScope === 'loading') scope = t('stamp.loadingSort')
  return t('stamp.sortedBy', { keys, scope })
}

function describeFetch(input: StampInput): string {
  if (input.error) return t('stamp.failed', { code: input.error })
  return input.fetchedAt === null
    ? t('stamp.fetching')
    : t('stamp.fetched', { time: formatUtc(input.fetchedAt) })
}

export function stampParts(input: StampInput): StampParts {
  const total = input.total
  return {
    region: input.region ? regionLabel(input.region) : t('stamp.regionLoading'),
    filters: describeFilters(input.filters, input.lookup),
    count:
      total === null
        ? input.error
          ? t('stamp.noResult')
          : t('stamp.loading')
        : t('count.images', { count: total }),
    page: describePage(input),
    sort: describeSort(input),
    fetched: describeFetch(input),
  }
}

/** "Guangzhou (ap-guangzhou) · Type: Custom · 120 images · page 2 of 6, rows 21–40 · … · fetched … UTC" */
export function formatStamp(input: StampInput): string {
  const parts = stampParts(input)
  return [parts.region, parts.filters, parts.count, parts.page, parts.sort, parts.fetched].join(
    t('stamp.separator'),
  )
}

/** The caption of an export: every page of the result, so no page number, and when it was made. */
export function formatExportCaption(input: StampInput, exported: number, time: number): string {
  const parts = stampParts({ ...input, total: exported, sortScope: input.sort.length > 0 ? 'all' : 'none' })
  const count = t('stamp.allPages', { count: parts.count })
  const when = t('stamp.exported', { time: formatUtc(time) })
  return [parts.region, parts.filters, count, parts.sort, when].join(t('stamp.separator'))
}

import { formatTime, type TimeZone } from '../../lib/format'
import { t } from '../../lib/i18n'
import { columnLabel } from '../data/column-text'
import { regionLabel } from '../data/region-label'
import type { SortScope } from '../data/row-source'
import { formatChips } from '../filters/chip-format'
import type { FilterValues } from '../filters/filter-chips'
import { formatLocalFilters, type LocalFilters } from '../local-filters/local-filters'
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
  /** The zone the times are written in. */
  zone: TimeZone
  /** Browser-side filters, and how far they reached over how many images. */
  local?: LocalFilters
  filterScope?: SortScope
  scanned?: number
  /** How many images are selected; 0 or absent says nothing. */
  selected?: number
}

export interface StampParts {
  region: string
  filters: string
  count: string
  page: string
  sort: string
  fetched: string
}

/** "filtered in the browser across all 1,204 images", or how it falls short of that. */
export function describeFilterScope(scope: SortScope, scanned: number): string {
  if (scope === 'all') return t('stamp.filteredAll', { count: scanned })
  if (scope === 'page') return t('stamp.filteredPage', { count: scanned })
  return t('stamp.filtering')
}

function describeFilters(input: StampInput): string {
  const local = input.local ? formatLocalFilters(input.local) : []
  const scope =
    local.length > 0
      ? t('stamp.filterScope', {
          scope: describeFilterScope(input.filterScope ?? 'loading', input.scanned ?? 0),
        })
      : ''
  const api =
    input.lookup.length > 0
      ? [t('filters.lookupChip', { ids: input.lookup.join(', ') })]
      : formatChips(input.filters)
  const all = [...api, ...local]
  return all.length > 0 ? `${all.join(t('stamp.filterSeparator'))}${scope}` : t('stamp.noFilters')
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
    : t('stamp.fetched', { time: formatTime(input.fetchedAt, input.zone) })
}

export function stampParts(input: StampInput): StampParts {
  const total = input.total
  return {
    region: input.region ? regionLabel(input.region) : t('stamp.regionLoading'),
    filters: describeFilters(input),
    count:
      total === null
        ? input.error
          ? t('stamp.noResult')
          : t('stamp.loading')
        : t('count.images', { count: total }),
    page: input.selected
      ? `${describePage(input)}${t('stamp.selected', { count: input.selected })}`
      : describePage(input),
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

/**
 * The caption of an export and when it was made: every page of the result (no page number), the first
 * images of a result too big for one export, or the page on screen.
 */
export function formatExportCaption(
  input: StampInput,
  exported: number,
  time: number,
  scope: 'all' | 'first' | 'page' = 'all',
): string {
  const exportedAt = t('stamp.exported', { time: formatTime(time, input.zone) })
  if (scope === 'page') {
    const parts = stampParts(input)
    return [parts.region, parts.filters, parts.count, parts.page, parts.sort, exportedAt].join(
      t('stamp.separator'),
    )
  }
  const parts = stampParts({ ...input, total: exported, sortScope: input.sort.length > 0 ? 'all' : 'none' })
  const count =
    scope === 'first'
      ? t('stamp.firstOf', { count: parts.count, total: input.total })
      : t('stamp.allPages', { count: parts.count })
  return [parts.region, parts.filters, count, parts.sort, exportedAt].join(t('stamp.separator'))
}

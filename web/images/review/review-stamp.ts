import { formatRegion } from '../../../core/regions'
import { formatCount, formatTime, type TimeZone } from '../../lib/format'
import { COLUMN_LABELS } from '../data/column-text'
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
  const images = `${formatCount(scanned)} ${scanned === 1 ? 'image' : 'images'}`
  if (scope === 'all') return `filtered in the browser across all ${images}`
  if (scope === 'page') return `filtered in the browser within this page only (${images})`
  return 'loading every page to filter in the browser'
}

function describeFilters(input: StampInput): string {
  const local = input.local ? formatLocalFilters(input.local) : []
  const scope =
    local.length > 0 ? ` (${describeFilterScope(input.filterScope ?? 'loading', input.scanned ?? 0)})` : ''
  const api = input.lookup.length > 0 ? [`Image IDs: ${input.lookup.join(', ')}`] : formatChips(input.filters)
  const all = [...api, ...local]
  return all.length > 0 ? `${all.join('; ')}${scope}` : 'No filters'
}

function describePage(input: StampInput): string {
  if (input.total === null) return `page ${input.page}`
  const pages = Math.max(1, Math.ceil(input.total / input.size))
  const first = (input.page - 1) * input.size
  const rows =
    input.rowsOnPage > 0 ? `, rows ${formatCount(first + 1)}–${formatCount(first + input.rowsOnPage)}` : ''
  return `page ${formatCount(input.page)} of ${formatCount(pages)}${rows}`
}

function describeSort(input: StampInput): string {
  if (input.sort.length === 0) return 'API order (unsorted)'
  const keys = input.sort.map((key) => `${COLUMN_LABELS[key.field]} ${key.desc ? '↓' : '↑'}`).join(', ')
  const scope = {
    none: '',
    all: input.total === null ? '' : ` across all ${formatCount(input.total)}`,
    page: ' within this page only',
    loading: ' (loading every page to sort)',
  }[input.sortScope]
  return `sorted by ${keys}${scope}`
}

function describeFetch(input: StampInput): string {
  if (input.error) return `request failed (${input.error})`
  return input.fetchedAt === null ? 'fetching…' : `fetched ${formatTime(input.fetchedAt, input.zone)}`
}

export function stampParts(input: StampInput): StampParts {
  const total = input.total
  return {
    region: input.region ? formatRegion(input.region) : 'Region loading',
    filters: describeFilters(input),
    count:
      total === null
        ? input.error
          ? 'no result'
          : 'loading'
        : `${formatCount(total)} ${total === 1 ? 'image' : 'images'}`,
    page: input.selected
      ? `${describePage(input)}, ${formatCount(input.selected)} selected`
      : describePage(input),
    sort: describeSort(input),
    fetched: describeFetch(input),
  }
}

/** "Guangzhou (ap-guangzhou) · Type: Custom · 120 images · page 2 of 6, rows 21–40 · … · fetched … UTC" */
export function formatStamp(input: StampInput): string {
  const parts = stampParts(input)
  return [parts.region, parts.filters, parts.count, parts.page, parts.sort, parts.fetched].join(' · ')
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
  const exportedAt = `exported ${formatTime(time, input.zone)}`
  if (scope === 'page') {
    const parts = stampParts(input)
    return [parts.region, parts.filters, parts.count, parts.page, parts.sort, exportedAt].join(' · ')
  }
  const parts = stampParts({ ...input, total: exported, sortScope: input.sort.length > 0 ? 'all' : 'none' })
  const of = input.total === null ? '' : ` of ${formatCount(input.total)}`
  const count = scope === 'first' ? `first ${parts.count}${of}` : `${parts.count}, all pages`
  return [parts.region, parts.filters, count, parts.sort, exportedAt].join(' · ')
}

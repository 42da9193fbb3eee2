import { MAX_IMAGE_IDS, MAX_LIMIT, parseImageId } from '../../../core/describe-images'
import { isWellFormedRegionId } from '../../../core/regions'
import { IMAGE_FIELDS, type ImageField } from '../data/image-model'
import { cleanValues, type FilterValues, NO_FILTERS } from '../filters/filter-chips'
import {
  appendLocalFilterParams,
  LOCAL_FILTER_PARAMS,
  parseLocalFilterParams,
} from '../local-filters/local-filter-params'
import { type LocalFilters, NO_LOCAL_FILTERS } from '../local-filters/local-filters'
import { type Density, parseColumns, parseDensity } from './column-prefs'
import { appendFilterParams, isFilterParam, parseFilterParams } from './filter-params'

/**
 * The view is the URL. This module is the only place that reads or writes the query string of the
 * image browser; anything it does not understand is ignored on the way in and kept on the way out.
 */
/** Rows per page; the largest is the most one DescribeImages call returns. */
export const PAGE_SIZES = [10, 20, 50, MAX_LIMIT] as const
export const DEFAULT_PAGE_SIZE = 20

export interface SortKey {
  field: ImageField
  desc: boolean
}

/**
 * What the view shows of its images (`view=`): the list (the default), charts of them (`summary`) or every
 * custom image of the region with a cleanup verdict (`cleanup`).
 */
export const VIEW_MODES = ['list', 'summary', 'cleanup'] as const
export type ViewMode = (typeof VIEW_MODES)[number]

/** The cleanup review's age threshold in days (`older=`) unless the link names another. */
export const DEFAULT_OLDER_THAN_DAYS = 90
/** A hundred years: no custom image is older. */
const MAX_OLDER_THAN_DAYS = 36_500

export interface ViewState {
  /** `view=`: the list, the summary or the cleanup review. */
  mode: ViewMode
  /** `older=`: the cleanup review calls no image younger than this many days a candidate. */
  olderThanDays: number
  /** null: the proxy's default region. */
  region: string | null
  filters: FilterValues
  /** Filters the API lacks, applied in the browser across every page. */
  local: LocalFilters
  /** Image IDs looked up with ImageIds; while set, filters are kept but not sent. */
  lookup: string[]
  /** 1-based. */
  page: number
  size: number
  sort: SortKey[]
  /** The image open in the drawer. */
  image: string | null
  /** Two or three images side by side (`compare=img-a,img-b`). */
  compare: string[]
  /** The comparison shows only the fields that differ (`diff=1`, kept only with `compare=`). */
  onlyDifferences: boolean
  /** Visible columns in order; null: not in the URL (the saved choice, else every column). */
  cols: ImageField[] | null
  /** null: not in the URL (the saved choice, else comfortable). */
  density: Density | null
  /** `review=1`: the screenshot layout (nothing truncated, no hover controls, light unless asked). */
  review: boolean
  /** The time zone every date is shown and exported in: `tz=utc`, else the browser's own. */
  tz: TimeZoneChoice
}

export type TimeZoneChoice = 'local' | 'utc'

export const DEFAULT_VIEW: ViewState = {
  mode: 'list',
  olderThanDays: DEFAULT_OLDER_THAN_DAYS,
  region: null,
  filters: NO_FILTERS,
  local: NO_LOCAL_FILTERS,
  lookup: [],
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  sort: [],
  image: null,
  compare: [],
  onlyDifferences: false,
  cols: null,
  density: null,
  review: false,
  tz: 'local',
}

const OWNED = [
  'view',
  'older',
  'region',
  ...LOCAL_FILTER_PARAMS,
  'lookup',
  'sort',
  'page',
  'size',
  'image',
  'compare',
  'diff',
  'cols',
  'density',
  'review',
  'tz',
]

export function parseSort(values: readonly string[]): SortKey[] {
  const keys: SortKey[] = []
  for (const part of values.flatMap((value) => value.split(','))) {
    const [field, direction = 'asc', extra] = part.trim().split(':')
    if (extra !== undefined || (direction !== 'asc' && direction !== 'desc')) continue
    if (!IMAGE_FIELDS.includes(field as ImageField) || keys.some((key) => key.field === field)) continue
    keys.push({ field: field as ImageField, desc: direction === 'desc' })
  }
  return keys
}

function firstMatch<T>(values: string[], parse: (value: string) => T | null): T | null {
  for (const value of values) {
    const parsed = parse(value)
    if (parsed !== null) return parsed
  }
  return null
}

export function parsePositive(value: string): number | null {
  return /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : null
}

export function parsePageSize(value: string): number | null {
  const n = parsePositive(value)
  return PAGE_SIZES.some((allowed) => allowed === n) ? n : null
}

export const parseViewMode = (value: string): ViewMode | null =>
  (VIEW_MODES as readonly string[]).includes(value) ? (value as ViewMode) : null

export const isReviewValue = (value: string) => value === '1' || value === 'true'
export const isUtcValue = (value: string) => value.toLowerCase() === 'utc'

/** The most images a comparison shows side by side. */
export const MAX_COMPARE = 3

/** Two or three distinct image IDs; fewer than two is no comparison. */
function parseCompare(values: readonly string[]): string[] {
  const ids = cleanValues(
    'id',
    values.flatMap((value) => value.split(',')),
  ).slice(0, MAX_COMPARE)
  return ids.length >= 2 ? ids : []
}

/** Reads a query string into a complete view; invalid or unknown values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  const size = firstMatch(params.getAll('size'), parsePageSize)
  const compare = parseCompare(params.getAll('compare'))
  return {
    mode: firstMatch(params.getAll('view'), parseViewMode) ?? 'list',
    olderThanDays:
      firstMatch(params.getAll('older'), (value) => {
        const days = parsePositive(value)
        return days !== null && days <= MAX_OLDER_THAN_DAYS ? days : null
      }) ?? DEFAULT_OLDER_THAN_DAYS,
    // A well-formed region this app does not list is asked for as it is: the API says whether it exists.
    region: firstMatch(params.getAll('region'), (value) => (isWellFormedRegionId(value) ? value : null)),
    filters: parseFilterParams(params),
    local: parseLocalFilterParams(params),
    lookup: cleanValues(
      'id',
      params.getAll('lookup').flatMap((value) => value.split(',')),
    ).slice(0, MAX_IMAGE_IDS),
    page: firstMatch(params.getAll('page'), parsePositive) ?? 1,
    size: size ?? DEFAULT_PAGE_SIZE,
    sort: parseSort(params.getAll('sort')),
    image: firstMatch(params.getAll('image'), parseImageId),
    compare,
    onlyDifferences: compare.length > 0 && params.getAll('diff').some(isReviewValue),
    cols: parseColumns(params.getAll('cols')),
    density: firstMatch(params.getAll('density'), parseDensity),
    review: params.getAll('review').some(isReviewValue),
    tz: params.getAll('tz').some(isUtcValue) ? 'utc' : 'local',
  }
}

export function formatSort(sort: readonly SortKey[]): string {
  return sort.map((key) => `${key.field}:${key.desc ? 'desc' : 'asc'}`).join(',')
}

/**
 * Writes a view as a query string ("" or "?…"), leaving defaults out. Parameters the view does not own
 * (theme, for one) are copied from `keep`.
 */
export function formatViewState(view: ViewState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams()
  if (view.mode !== 'list') params.set('view', view.mode)
  if (view.mode === 'cleanup' && view.olderThanDays !== DEFAULT_OLDER_THAN_DAYS)
    params.set('older', String(view.olderThanDays))
  if (view.region) params.set('region', view.region)
  appendFilterParams(params, view.filters)
  appendLocalFilterParams(params, view.local)
  for (const id of view.lookup) params.append('lookup', id)
  if (view.sort.length > 0) params.set('sort', formatSort(view.sort))
  if (view.page > 1) params.set('page', String(view.page))
  if (view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size))
  if (view.image) params.set('image', view.image)
  if (view.compare.length > 0) params.set('compare', view.compare.join(','))
  if (view.compare.length > 0 && view.onlyDifferences) params.set('diff', '1')
  if (view.cols) params.set('cols', view.cols.join(','))
  if (view.density) params.set('density', view.density)
  if (view.review) params.set('review', '1')
  if (view.tz === 'utc') params.set('tz', 'utc')
  for (const [key, value] of keep) {
    if (!OWNED.includes(key) && !isFilterParam(key)) params.append(key, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

import { IMAGE_TYPES, type ImageType, MAX_FILTER_VALUES, MAX_IMAGE_IDS } from '../../core/describe-images'
import { isRegionId } from '../../core/regions'
import { CHIP_FIELDS, type ChipField, cleanValues, type FilterValues, NO_FILTERS } from './filter-chips'
import { IMAGE_FIELDS, type ImageField, isImageId } from './image-model'

/**
 * The view is the URL. This module is the only place that reads or writes the query string of the
 * image browser; anything it does not understand is ignored on the way in and kept on the way out.
 */
export const PAGE_SIZES = [10, 20, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 20

export interface SortKey {
  field: ImageField
  desc: boolean
}

export interface ViewState {
  /** null: the proxy's default region. */
  region: string | null
  filters: FilterValues
  /** Image IDs looked up with ImageIds; while set, filters are kept but not sent. */
  lookup: string[]
  /** 1-based. */
  page: number
  size: number
  sort: SortKey[]
  /** The image open in the drawer. */
  image: string | null
}

export const DEFAULT_VIEW: ViewState = {
  region: null,
  filters: NO_FILTERS,
  lookup: [],
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  sort: [],
  image: null,
}

const TYPE_WORDS: Record<ImageType, string> = {
  PUBLIC_IMAGE: 'public',
  PRIVATE_IMAGE: 'custom',
  SHARED_IMAGE: 'shared',
}

const OWNED = ['region', ...CHIP_FIELDS, 'lookup', 'sort', 'page', 'size', 'image']

function parseType(word: string): ImageType | null {
  const lower = word.trim().toLowerCase()
  return IMAGE_TYPES.find((type) => TYPE_WORDS[type] === lower || type.toLowerCase() === lower) ?? null
}

function parseFilters(params: URLSearchParams): FilterValues {
  const read = (field: ChipField, values: string[]) => cleanValues(field, values).slice(0, MAX_FILTER_VALUES)
  return {
    type: read(
      'type',
      params.getAll('type').flatMap((word) => parseType(word) ?? []),
    ) as ImageType[],
    name: read('name', params.getAll('name')),
    id: read('id', params.getAll('id')),
    platform: read('platform', params.getAll('platform')),
  }
}

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

function parsePositive(value: string): number | null {
  return /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : null
}

/** Reads a query string into a complete view; invalid or unknown values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  const size = firstMatch(params.getAll('size'), (value) => {
    const n = parsePositive(value)
    return PAGE_SIZES.some((allowed) => allowed === n) ? n : null
  })
  return {
    region: firstMatch(params.getAll('region'), (value) => (isRegionId(value) ? value : null)),
    filters: parseFilters(params),
    lookup: cleanValues(
      'id',
      params.getAll('lookup').flatMap((value) => value.split(',')),
    ).slice(0, MAX_IMAGE_IDS),
    page: firstMatch(params.getAll('page'), parsePositive) ?? 1,
    size: size ?? DEFAULT_PAGE_SIZE,
    sort: parseSort(params.getAll('sort')),
    image: firstMatch(params.getAll('image'), (value) => (isImageId(value) ? value.toLowerCase() : null)),
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
  if (view.region) params.set('region', view.region)
  for (const field of CHIP_FIELDS) {
    for (const value of view.filters[field]) {
      params.append(field, field === 'type' ? TYPE_WORDS[value as ImageType] : value)
    }
  }
  for (const id of view.lookup) params.append('lookup', id)
  if (view.sort.length > 0) params.set('sort', formatSort(view.sort))
  if (view.page > 1) params.set('page', String(view.page))
  if (view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size))
  if (view.image) params.set('image', view.image)
  for (const [key, value] of keep) {
    if (!OWNED.includes(key)) params.append(key, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

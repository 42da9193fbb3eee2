import {
  type DescribeImagesRequest,
  type Filter,
  type FilterName,
  IMAGE_TYPES,
  type ImageType,
  MAX_FILTER_VALUES,
  MAX_FILTERS,
  MAX_IMAGE_IDS,
} from '../../core/describe-images'
import { isImageId, typeLabel } from './image-model'

/**
 * The filter-chip model. One chip per field; values inside a chip are OR, chips are AND, as in
 * DescribeImages. Every change is checked against the API's limits here, before anything is sent.
 */
export const CHIP_FIELDS = ['type', 'name', 'id', 'platform'] as const
export type ChipField = (typeof CHIP_FIELDS)[number]

export interface FilterValues {
  type: ImageType[]
  name: string[]
  id: string[]
  platform: string[]
}

export const NO_FILTERS: FilterValues = { type: [], name: [], id: [], platform: [] }

export const FIELD_INFO: Record<ChipField, { label: string; filter: FilterName; hint: string }> = {
  type: { label: 'Type', filter: 'image-type', hint: 'Public, Custom or Shared' },
  name: { label: 'Name', filter: 'image-name', hint: 'Contains, any case' },
  id: { label: 'Image ID', filter: 'image-id', hint: 'Exact ID, like img-pmqg1cw7' },
  platform: { label: 'Platform', filter: 'platform', hint: 'Contains, any case, like Ubuntu' },
}

export type ChipResult = { ok: true; filters: FilterValues } | { ok: false; message: string }

function cleanValue(field: ChipField, value: string): string | null {
  const trimmed = value.trim()
  if (trimmed === '') return null
  if (field === 'type') return IMAGE_TYPES.find((type) => type === trimmed) ?? null
  if (field === 'id') return isImageId(trimmed) ? trimmed.toLowerCase() : null
  return trimmed
}

/** Trimmed, valid and without repeats; name and platform match any case, so "Ubuntu" repeats "ubuntu". */
export function cleanValues(field: ChipField, values: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const value of values) {
    const clean = cleanValue(field, value)
    const key = clean?.toLowerCase()
    if (clean === null || key === undefined || seen.has(key)) continue
    seen.add(key)
    result.push(clean)
  }
  return result
}

export function activeChipCount(filters: FilterValues): number {
  return CHIP_FIELDS.filter((field) => filters[field].length > 0).length
}

/** Replaces a chip's values (an empty list removes the chip), or says which limit it would break. */
export function setChipValues(
  filters: FilterValues,
  field: ChipField,
  values: readonly string[],
): ChipResult {
  const clean = cleanValues(field, values)
  if (clean.length > MAX_FILTER_VALUES) {
    return {
      ok: false,
      message: `A filter takes at most ${MAX_FILTER_VALUES} values (DescribeImages limit).`,
    }
  }
  const next = { ...filters, [field]: clean }
  if (activeChipCount(next) > MAX_FILTERS) {
    return { ok: false, message: `At most ${MAX_FILTERS} filters can be combined (DescribeImages limit).` }
  }
  return { ok: true, filters: next }
}

export function addChipValue(filters: FilterValues, field: ChipField, value: string): ChipResult {
  return setChipValues(filters, field, [...filters[field], value])
}

export function removeChip(filters: FilterValues, field: ChipField): FilterValues {
  return { ...filters, [field]: [] }
}

export function formatChipValue(field: ChipField, value: string): string {
  return field === 'type' ? typeLabel(value) : value
}

/** "Type: Custom, Shared". */
export function formatChip(field: ChipField, values: readonly string[]): string {
  return `${FIELD_INFO[field].label}: ${values.map((value) => formatChipValue(field, value)).join(', ')}`
}

export type IdPaste = { kind: 'ids'; ids: string[] } | { kind: 'text'; text: string } | { kind: 'empty' }

/** Text typed or pasted in the search box: image IDs (any spaces, commas, semicolons or new lines) or a name. */
export function parseSearchText(input: string): IdPaste {
  const tokens = input.split(/[\s,;]+/).filter((token) => token !== '')
  if (tokens.length === 0) return { kind: 'empty' }
  if (tokens.every(isImageId)) return { kind: 'ids', ids: cleanValues('id', tokens) }
  return { kind: 'text', text: input.trim() }
}

export function checkLookup(ids: readonly string[]): string | null {
  return ids.length > MAX_IMAGE_IDS ? `One lookup takes at most ${MAX_IMAGE_IDS} image IDs.` : null
}

function toFilters(filters: FilterValues): Filter[] {
  return CHIP_FIELDS.filter((field) => filters[field].length > 0).map((field) => ({
    name: FIELD_INFO[field].filter,
    values: [...filters[field]],
  }))
}

/** The request for a view: an ID lookup sends ImageIds and no Filters, since the API refuses both together. */
export function toDescribeRequest(
  region: string,
  filters: FilterValues,
  lookup: readonly string[],
  offset: number,
  limit: number,
): DescribeImagesRequest {
  const isLookup = lookup.length > 0
  return {
    region,
    imageIds: isLookup ? [...lookup] : [],
    filters: isLookup ? [] : toFilters(filters),
    offset,
    limit,
  }
}

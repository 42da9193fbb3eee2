import { IMAGE_TYPES, type ImageType, MAX_FILTER_VALUES, MAX_FILTERS } from '../../../core/describe-images'
import type { V3Filter, V3FilterName } from '../../../core/describe-images-v3'
import { t } from '../../lib/i18n'
import { isImageId, typeLabel } from '../data/image-model'
import type { Api } from '../data/images-query'
import {
  checkTagKey,
  isTagChip,
  NEW_TAG_CHIP,
  type TagChip,
  type TagValues,
  tagChipOf,
  tagKeyOf,
  withTagValues,
} from './tag-chips'

/**
 * The filter-chip model. One chip per field, plus one per tag key (`tag:<key>`); values inside a chip
 * are OR, chips are AND, as in DescribeImages. Every change is checked against the API's limits here,
 * before anything is sent. The tag chips exist only in API 3.0 mode.
 */
export const CHIP_FIELDS = ['type', 'name', 'id', 'platform', 'tagKey', 'tagValue'] as const
export type ChipField = (typeof CHIP_FIELDS)[number]
export type ChipId = ChipField | TagChip

export interface FilterValues {
  type: ImageType[]
  name: string[]
  id: string[]
  platform: string[]
  tagKey: string[]
  tagValue: string[]
  /** `tag:<key>` chips, in the order they were added. */
  tags: TagValues[]
}

export const NO_FILTERS: FilterValues = {
  type: [],
  name: [],
  id: [],
  platform: [],
  tagKey: [],
  tagValue: [],
  tags: [],
}

/** The DescribeImages filter of each field; its name and hint are the messages `chip.<field>(Hint)`. */
const FIELD_FILTERS: Record<ChipField, V3FilterName> = {
  type: 'image-type',
  name: 'image-name',
  id: 'image-id',
  platform: 'platform',
  tagKey: 'tag-key',
  tagValue: 'tag-value',
}

const TAG_FIELDS: readonly ChipField[] = ['tagKey', 'tagValue']

/** What "Add filter" offers: tag filters only where the API has them. */
export function menuChips(api: Api): ChipId[] {
  const fields = CHIP_FIELDS.filter((field) => api === 'v3' || !TAG_FIELDS.includes(field))
  return api === 'v3' ? [...fields, NEW_TAG_CHIP] : fields
}

export function chipLabel(chip: ChipId): string {
  if (!isTagChip(chip)) return t(`chip.${chip}`)
  return chip === NEW_TAG_CHIP ? t('chip.tag') : t('chip.tagOf', { key: tagKeyOf(chip) })
}

export function chipHint(chip: ChipId): string {
  return t(isTagChip(chip) ? 'chip.tagHint' : `chip.${chip}Hint`)
}

export function chipValues(filters: FilterValues, chip: ChipId): readonly string[] {
  if (!isTagChip(chip)) return filters[chip]
  return filters.tags.find((tag) => tag.key === tagKeyOf(chip))?.values ?? []
}

/** The chips with values, fields first in request order, then tag chips in the order added. */
export function activeChips(filters: FilterValues): ChipId[] {
  const fields: ChipId[] = CHIP_FIELDS.filter((field) => filters[field].length > 0)
  return [...fields, ...filters.tags.map((tag) => tagChipOf(tag.key))]
}

/** The active chips plus the one being edited, which shows as a chip before it has values. */
export function shownChips(filters: FilterValues, editing: ChipId | null): ChipId[] {
  const active = activeChips(filters)
  return editing === null || active.includes(editing) ? active : [...active, editing]
}

export function activeChipCount(filters: FilterValues): number {
  return activeChips(filters).length
}

export type ChipResult = { ok: true; filters: FilterValues } | { ok: false; message: string }

function cleanValue(chip: ChipId, value: string): string | null {
  const trimmed = value.trim()
  if (trimmed === '') return null
  if (chip === 'type') return IMAGE_TYPES.find((type) => type === trimmed) ?? null
  if (chip === 'id') return isImageId(trimmed) ? trimmed.toLowerCase() : null
  return trimmed
}

/** Name and platform match any case, so "Ubuntu" repeats "ubuntu"; tags match exactly. */
const matchesAnyCase = (chip: ChipId) => chip === 'name' || chip === 'platform'

/** Trimmed, valid and without repeats. */
export function cleanValues(chip: ChipId, values: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const value of values) {
    const clean = cleanValue(chip, value)
    if (clean === null) continue
    const key = matchesAnyCase(chip) ? clean.toLowerCase() : clean
    if (seen.has(key)) continue
    seen.add(key)
    result.push(clean)
  }
  return result
}

/** Replaces a chip's values (an empty list removes the chip), or says which limit it would break. */
export function setChipValues(filters: FilterValues, chip: ChipId, values: readonly string[]): ChipResult {
  const clean = cleanValues(chip, values)
  if (clean.length > MAX_FILTER_VALUES) {
    return { ok: false, message: t('rule.maxValues', { max: MAX_FILTER_VALUES }) }
  }
  let next: FilterValues
  if (isTagChip(chip)) {
    const problem = checkTagKey(tagKeyOf(chip))
    if (problem) return { ok: false, message: problem }
    next = { ...filters, tags: withTagValues(filters.tags, tagKeyOf(chip), clean) }
  } else {
    next = { ...filters, [chip]: clean }
  }
  if (activeChipCount(next) > MAX_FILTERS) {
    return { ok: false, message: t('rule.maxFilters', { max: MAX_FILTERS }) }
  }
  return { ok: true, filters: next }
}

export function addChipValue(filters: FilterValues, chip: ChipId, value: string): ChipResult {
  return setChipValues(filters, chip, [...chipValues(filters, chip), value])
}

export function removeChip(filters: FilterValues, chip: ChipId): FilterValues {
  if (isTagChip(chip)) return { ...filters, tags: withTagValues(filters.tags, tagKeyOf(chip), []) }
  return { ...filters, [chip]: [] }
}

/** The filters an API can take: legacy DescribeImages has no tag filters, so its view drops them. */
export function filtersForApi(filters: FilterValues, api: Api): FilterValues {
  if (api === 'v3') return filters
  return { ...filters, tagKey: [], tagValue: [], tags: [] }
}

export function hasTagChips(filters: FilterValues): boolean {
  return filters.tagKey.length > 0 || filters.tagValue.length > 0 || filters.tags.length > 0
}

export function formatChipValue(chip: ChipId, value: string): string {
  return chip === 'type' ? typeLabel(value) : value
}

/** "Type: Custom, Shared", "Tag env: prod, staging"; 镜像类型：自定义镜像、共享镜像. */
export function formatChip(chip: ChipId, values: readonly string[]): string {
  const list = values.map((value) => formatChipValue(chip, value)).join(t('ui.listSeparator'))
  return t('chip.summary', { label: chipLabel(chip), values: list })
}

/** Every active chip in words, for a line that states the view. */
export function formatChips(filters: FilterValues): string[] {
  return activeChips(filters).map((chip) => formatChip(chip, chipValues(filters, chip)))
}

/** The chips as DescribeImages Filters: fields in request order, then tag chips in the order added. */
export function chipFilters(filters: FilterValues): V3Filter[] {
  return activeChips(filters).map((chip) => ({
    name: isTagChip(chip) ? chip : FIELD_FILTERS[chip],
    values: [...chipValues(filters, chip)],
  }))
}

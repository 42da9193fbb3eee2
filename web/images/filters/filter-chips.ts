import { IMAGE_TYPES, type ImageType, MAX_FILTER_VALUES, MAX_FILTERS } from '../../../core/describe-images'
import type { V3Filter, V3FilterName } from '../../../core/describe-images-v3'
import { t } from '../../lib/i18n'
import { isImageId } from '../data/image-model'
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
import { cleanV3Value, INSTANCE_TYPE_CHIP, V3_CHIP_FIELDS, type V3ChipField } from './v3-chip-fields'

/**
 * The filter-chip model. One chip per field, plus one per tag key (`tag:<key>`); values inside a chip
 * are OR, chips are AND, as in DescribeImages. Every change is checked against the API's limits here,
 * before anything is sent. The tag, CDC and instance type chips exist only in API 3.0 mode (api-chips.ts).
 */
export const CHIP_FIELDS = [
  'type',
  'name',
  'id',
  'platform',
  'instanceType',
  'tagKey',
  'tagValue',
  'cluster',
  'cdcStatus',
] as const
export type ChipField = (typeof CHIP_FIELDS)[number]
export type ChipId = ChipField | TagChip

export interface FilterValues {
  type: ImageType[]
  name: string[]
  id: string[]
  platform: string[]
  tagKey: string[]
  tagValue: string[]
  /** One at most: InstanceType is a parameter of its own, not a filter. */
  instanceType: string[]
  cluster: string[]
  cdcStatus: string[]
  /** `tag:<key>` chips, in the order they were added. */
  tags: TagValues[]
}

export const NO_FILTERS: FilterValues = {
  ...(Object.fromEntries(CHIP_FIELDS.map((field) => [field, []])) as Record<ChipField, never[]>),
  tags: [],
}

/**
 * The DescribeImages filter each field sends (null for InstanceType, a parameter of its own); its name and
 * hint are the messages `chip.<field>` and `chip.<field>Hint`.
 */
export const FIELD_FILTERS: Record<ChipField, V3FilterName | null> = {
  type: 'image-type',
  name: 'image-name',
  id: 'image-id',
  platform: 'platform',
  instanceType: null,
  tagKey: 'tag-key',
  tagValue: 'tag-value',
  cluster: 'dedicated-cluster-id',
  cdcStatus: 'cdc-cache-status',
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

/** The chips that are DescribeImages Filters, which the API caps at MAX_FILTERS: all but the instance type. */
export function filterCount(filters: FilterValues): number {
  return activeChips(filters).filter((chip) => chip !== INSTANCE_TYPE_CHIP).length
}

export type ChipResult = { ok: true; filters: FilterValues } | { ok: false; message: string }

function cleanValue(chip: ChipId, value: string): string | null {
  const trimmed = value.trim()
  if (trimmed === '') return null
  if (chip === 'type') return IMAGE_TYPES.find((type) => type === trimmed) ?? null
  if (chip === 'id') return isImageId(trimmed) ? trimmed.toLowerCase() : null
  if ((V3_CHIP_FIELDS as readonly string[]).includes(chip)) return cleanV3Value(chip as V3ChipField, trimmed)
  return trimmed
}

/** Name and platform repeats are the same value in another case: one is kept; tags match exactly. */
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
  if (chip === INSTANCE_TYPE_CHIP && clean.length > 1)
    return { ok: false, message: t('rule.oneInstanceType') }
  let next: FilterValues
  if (isTagChip(chip)) {
    const problem = checkTagKey(tagKeyOf(chip))
    if (problem) return { ok: false, message: problem }
    next = { ...filters, tags: withTagValues(filters.tags, tagKeyOf(chip), clean) }
  } else {
    next = { ...filters, [chip]: clean }
  }
  if (filterCount(next) > MAX_FILTERS) {
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

/** The chips as DescribeImages Filters: fields in request order, then tag chips in the order added. */
export function chipFilters(filters: FilterValues): V3Filter[] {
  return activeChips(filters).flatMap((chip) => {
    const name = isTagChip(chip) ? chip : FIELD_FILTERS[chip]
    return name === null ? [] : [{ name, values: [...chipValues(filters, chip)] }]
  })
}

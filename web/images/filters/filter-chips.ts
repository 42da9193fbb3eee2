import {
  IMAGE_TYPES,
  type ImageType,
  MAX_FILTER_VALUES,
  MAX_FILTERS,
  parseImageId,
} from '../../../core/describe-images'
import type { V3Filter } from '../../../core/describe-images-v3'
import { t } from '../../lib/i18n'
import { CHIP_FIELD_FACTS, CHIP_FIELDS, type ChipField } from './chip-fields'
import {
  duplicateNameMessage,
  isMoreNameChip,
  type MoreNameChip,
  moreNameChipOf,
  moreNameIndex,
  type NameChip,
  nameChips,
  repeatsNames,
  withNameValues,
} from './name-chips'
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
import { cleanV3Value, INSTANCE_TYPE_CHIP, isV3ChipField } from './v3-chip-fields'

/**
 * The filter-chip model. One chip per field, plus one per tag key (`tag:<key>`) and further Name chips
 * (`name2`…, name-chips.ts); values inside a chip are OR, chips are AND, as in DescribeImages. Every change is
 * checked against the API's limits here, before anything is sent. The tag, CDC and instance type chips exist
 * only in API 3.0 mode (api-chips.ts).
 */
export type ChipId = ChipField | TagChip | MoreNameChip

/**
 * Each field's values (chip-fields.ts); Type's in the API's words, and InstanceType one at most, a parameter
 * of its own rather than a filter.
 */
export type FilterValues = { [F in ChipField]: F extends 'type' ? ImageType[] : string[] } & {
  /** `tag:<key>` chips, in the order they were added. */
  tags: TagValues[]
  /** Further Name chips (`name2`, `name3`, …), each a filter of its own; none while `name` is empty. */
  moreNames: string[][]
}

export const NO_FILTERS: FilterValues = {
  ...(Object.fromEntries(CHIP_FIELDS.map((field) => [field, []])) as Record<ChipField, never[]>),
  tags: [],
  moreNames: [],
}

/** The field a chip filters on: further Name chips are Name chips; null for tag chips. */
function fieldOf(chip: ChipId): ChipField | null {
  if (isTagChip(chip)) return null
  return isMoreNameChip(chip) ? 'name' : chip
}

export const isNameChip = (chip: ChipId): chip is NameChip => fieldOf(chip) === 'name'

export function chipLabel(chip: ChipId): string {
  const field = fieldOf(chip)
  if (field !== null) return t(`chip.${field}`)
  return chip === NEW_TAG_CHIP ? t('chip.tag') : t('chip.tagOf', { key: tagKeyOf(chip as TagChip) })
}

export function chipHint(chip: ChipId): string {
  const field = fieldOf(chip)
  return t(field === null ? 'chip.tagHint' : `chip.${field}Hint`)
}

export function chipValues(filters: FilterValues, chip: ChipId): readonly string[] {
  if (isMoreNameChip(chip)) return filters.moreNames[moreNameIndex(chip)] ?? []
  if (!isTagChip(chip)) return filters[chip]
  return filters.tags.find((tag) => tag.key === tagKeyOf(chip))?.values ?? []
}

/** The chips with values: fields in request order (further Name chips after Name), then tag chips as added. */
export function activeChips(filters: FilterValues): ChipId[] {
  const fields = CHIP_FIELDS.filter((field) => filters[field].length > 0).flatMap((field): ChipId[] =>
    field === 'name' ? nameChips(filters) : [field],
  )
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
  if (chip === 'id') return parseImageId(trimmed)
  if (isV3ChipField(chip)) return cleanV3Value(chip, trimmed)
  return trimmed
}

/** Name and platform repeats are the same value in another case: one is kept; tags match exactly. */
const matchesAnyCase = (chip: ChipId) => isNameChip(chip) || chip === 'platform'

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
  } else if (isNameChip(chip)) {
    next = withNameValues(filters, chip, clean)
    if (repeatsNames([next.name, ...next.moreNames])) return { ok: false, message: duplicateNameMessage() }
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

/** A term as a Name filter of its own, after the others: ANDed with them, so it narrows the list. */
export function addNameFilter(filters: FilterValues, value: string): ChipResult {
  return setChipValues(filters, moreNameChipOf(filters.moreNames.length), [value])
}

export function removeChip(filters: FilterValues, chip: ChipId): FilterValues {
  if (isTagChip(chip)) return { ...filters, tags: withTagValues(filters.tags, tagKeyOf(chip), []) }
  return isNameChip(chip) ? withNameValues(filters, chip, []) : { ...filters, [chip]: [] }
}

/** The chips as DescribeImages Filters: fields in request order, then tag chips in the order added. */
export function chipFilters(filters: FilterValues): V3Filter[] {
  return activeChips(filters).flatMap((chip) => {
    const field = fieldOf(chip)
    const name = field === null ? (chip as TagChip) : CHIP_FIELD_FACTS[field].filter
    return name === null ? [] : [{ name, values: [...chipValues(filters, chip)] }]
  })
}

import { IMAGE_TYPES, type ImageType, MAX_FILTER_VALUES, MAX_FILTERS } from '../../../core/describe-images'
import { CHIP_FIELD_FACTS, CHIP_FIELDS, type ChipField } from '../filters/chip-fields'
import { type ChipId, cleanValues, type FilterValues, filterCount } from '../filters/filter-chips'
import { moreNameChipOf, sameNames } from '../filters/name-chips'
import { formatTagParams, groupTagParams, tagChipOf } from '../filters/tag-chips'

/** The image types as the URL (and export file names) write them. */
export const TYPE_WORDS: Record<ImageType, string> = {
  PUBLIC_IMAGE: 'public',
  PRIVATE_IMAGE: 'custom',
  SHARED_IMAGE: 'shared',
}

/**
 * One parameter per chip field, repeated per value; tag chips go in `tag=<key>:<value>`, further Name chips in
 * `name2=`, `name3=`, … (named like the chips). Tags, CDC filters and `instancetype=` are API 3.0 only.
 */
export const CHIP_PARAMS = Object.fromEntries(
  CHIP_FIELDS.map((field) => [field, CHIP_FIELD_FACTS[field].param]),
) as Record<ChipField, string>
export const TAG_PARAM = 'tag'

const FILTER_PARAMS = [...Object.values(CHIP_PARAMS), TAG_PARAM]

/** A `name<number>=` parameter, well-formed (`name2=`…`name10=`) or not: either way the Name chips own it. */
export const isNameParam = (key: string) => /^name\d+$/.test(key)

/** Whether the filter chips own a query parameter. */
export const isFilterParam = (key: string) => FILTER_PARAMS.includes(key) || isNameParam(key)

export interface NameGroup {
  /** `name`, `name2`, … */
  key: string
  values: string[]
}

/**
 * The Name filters of a query string, each with the parameter it came from: `name=`, then `name2=` to
 * `name10=` by number. Values past the API's limit are dropped, and an empty or repeated filter left out.
 */
export function nameGroups(params: URLSearchParams): NameGroup[] {
  const keys = ['name', ...Array.from({ length: MAX_FILTERS - 1 }, (_, index) => moreNameChipOf(index))]
  const groups: NameGroup[] = []
  for (const key of keys) {
    const values = cleanValues('name', params.getAll(key)).slice(0, MAX_FILTER_VALUES)
    if (values.length > 0 && !groups.some((group) => sameNames(group.values, values))) {
      groups.push({ key, values })
    }
  }
  return groups
}

export function parseType(word: string): ImageType | null {
  const lower = word.trim().toLowerCase()
  return IMAGE_TYPES.find((type) => TYPE_WORDS[type] === lower || type.toLowerCase() === lower) ?? null
}

/** The filter chips of a query string; values beyond the API's limits are dropped. */
export function parseFilterParams(params: URLSearchParams): FilterValues {
  const read = (chip: ChipId, values: string[]) => cleanValues(chip, values).slice(0, MAX_FILTER_VALUES)
  const [first, ...more] = nameGroups(params)
  const plain = Object.fromEntries(
    CHIP_FIELDS.map((field) => [field, read(field, params.getAll(CHIP_PARAMS[field]))]),
  ) as Record<ChipField, string[]>
  const fields: FilterValues = {
    ...plain,
    type: read(
      'type',
      params.getAll(CHIP_PARAMS.type).flatMap((word) => parseType(word) ?? []),
    ) as ImageType[],
    name: first?.values ?? [],
    // One instance type: the first usable one wins.
    instanceType: plain.instanceType.slice(0, 1),
    tags: [],
    moreNames: [],
  }
  // Further Name chips, then tag chips, beyond the API's limit of filters are dropped, as surplus values are.
  const moreNames = more.slice(0, MAX_FILTERS - filterCount(fields)).map((group) => group.values)
  const withNames = { ...fields, moreNames }
  const tags = groupTagParams(params.getAll(TAG_PARAM))
    .map((tag) => ({ key: tag.key, values: read(tagChipOf(tag.key), tag.values) }))
    .filter((tag) => tag.values.length > 0)
  return { ...withNames, tags: tags.slice(0, MAX_FILTERS - filterCount(withNames)) }
}

/** Writes the chips, field chips first in request order (further Name chips after Name), then tag chips. */
export function appendFilterParams(params: URLSearchParams, filters: FilterValues): void {
  for (const field of CHIP_FIELDS) {
    for (const value of filters[field]) {
      params.append(CHIP_PARAMS[field], field === 'type' ? TYPE_WORDS[value as ImageType] : value)
    }
    if (field !== 'name') continue
    filters.moreNames.forEach((names, index) => {
      for (const value of names) params.append(moreNameChipOf(index), value)
    })
  }
  for (const value of formatTagParams(filters.tags)) params.append(TAG_PARAM, value)
}

import { IMAGE_TYPES, type ImageType, MAX_FILTER_VALUES, MAX_FILTERS } from '../../../core/describe-images'
import {
  CHIP_FIELDS,
  type ChipField,
  type ChipId,
  cleanValues,
  type FilterValues,
  filterCount,
} from '../filters/filter-chips'
import { formatTagParams, groupTagParams, tagChipOf } from '../filters/tag-chips'

/** The image types as the URL (and export file names) write them. */
export const TYPE_WORDS: Record<ImageType, string> = {
  PUBLIC_IMAGE: 'public',
  PRIVATE_IMAGE: 'custom',
  SHARED_IMAGE: 'shared',
}

/**
 * One parameter per chip field, repeated per value; tag chips go in `tag=<key>:<value>`. Tags, CDC filters and
 * `instancetype=` are API 3.0 only.
 */
export const CHIP_PARAMS: Record<ChipField, string> = {
  type: 'type',
  name: 'name',
  id: 'id',
  platform: 'platform',
  tagKey: 'tagkey',
  tagValue: 'tagvalue',
  instanceType: 'instancetype',
  cluster: 'cluster',
  cdcStatus: 'cdcstatus',
}
export const TAG_PARAM = 'tag'

/** The query parameters the filter chips own. */
export const FILTER_PARAMS = [...Object.values(CHIP_PARAMS), TAG_PARAM]

export function parseType(word: string): ImageType | null {
  const lower = word.trim().toLowerCase()
  return IMAGE_TYPES.find((type) => TYPE_WORDS[type] === lower || type.toLowerCase() === lower) ?? null
}

/** The filter chips of a query string; values beyond the API's limits are dropped. */
export function parseFilterParams(params: URLSearchParams): FilterValues {
  const read = (chip: ChipId, values: string[]) => cleanValues(chip, values).slice(0, MAX_FILTER_VALUES)
  const fields: FilterValues = {
    type: read(
      'type',
      params.getAll('type').flatMap((word) => parseType(word) ?? []),
    ) as ImageType[],
    name: read('name', params.getAll('name')),
    id: read('id', params.getAll('id')),
    platform: read('platform', params.getAll('platform')),
    tagKey: read('tagKey', params.getAll(CHIP_PARAMS.tagKey)),
    tagValue: read('tagValue', params.getAll(CHIP_PARAMS.tagValue)),
    // One instance type: the first usable one wins.
    instanceType: read('instanceType', params.getAll(CHIP_PARAMS.instanceType)).slice(0, 1),
    cluster: read('cluster', params.getAll(CHIP_PARAMS.cluster)),
    cdcStatus: read('cdcStatus', params.getAll(CHIP_PARAMS.cdcStatus)),
    tags: [],
  }
  const tags = groupTagParams(params.getAll(TAG_PARAM))
    .map((tag) => ({ key: tag.key, values: read(tagChipOf(tag.key), tag.values) }))
    .filter((tag) => tag.values.length > 0)
  // Tag chips beyond the API's limit of filters are dropped, as surplus values are.
  return { ...fields, tags: tags.slice(0, MAX_FILTERS - filterCount(fields)) }
}

/** Writes the chips, field chips first in request order, then tag chips in the order added. */
export function appendFilterParams(params: URLSearchParams, filters: FilterValues): void {
  for (const field of CHIP_FIELDS) {
    for (const value of filters[field]) {
      params.append(CHIP_PARAMS[field], field === 'type' ? TYPE_WORDS[value as ImageType] : value)
    }
  }
  for (const value of formatTagParams(filters.tags)) params.append(TAG_PARAM, value)
}

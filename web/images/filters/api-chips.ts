import type { Api } from '../data/images-query'
import { CHIP_FIELD_FACTS, CHIP_FIELDS, type ChipField, V3_ONLY_FIELDS } from './chip-fields'
import type { ChipId, FilterValues } from './filter-chips'
import { NEW_TAG_CHIP } from './tag-chips'

/** Which chips each API offers and takes: the tag, CDC and instance type chips are API 3.0's alone. */
const offered = (field: ChipField, api: Api) => api === 'v3' || !CHIP_FIELD_FACTS[field].v3Only

/** What "Add filter" offers first: 3.0's fields only where the API has them; the CDC ones under "More". */
export function menuChips(api: Api): ChipId[] {
  const fields = CHIP_FIELDS.filter((field) => offered(field, api) && !CHIP_FIELD_FACTS[field].more)
  return api === 'v3' ? [...fields, NEW_TAG_CHIP] : fields
}

export function moreChips(api: Api): ChipField[] {
  return CHIP_FIELDS.filter((field) => offered(field, api) && CHIP_FIELD_FACTS[field].more)
}

/** What an API can take: legacy DescribeImages has no tag or CDC filters and no InstanceType, so they go. */
export function filtersForApi(filters: FilterValues, api: Api): FilterValues {
  if (api === 'v3') return filters
  return { ...filters, ...Object.fromEntries(V3_ONLY_FIELDS.map((field) => [field, []])), tags: [] }
}

export function hasV3OnlyChips(filters: FilterValues): boolean {
  return V3_ONLY_FIELDS.some((field) => filters[field].length > 0) || filters.tags.length > 0
}

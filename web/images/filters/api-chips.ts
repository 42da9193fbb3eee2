import type { Api } from '../data/images-query'
import { CHIP_FIELDS, type ChipField } from './chip-fields'
import type { ChipId, FilterValues } from './filter-chips'
import { NEW_TAG_CHIP } from './tag-chips'
import { MORE_CHIP_FIELDS, V3_CHIP_FIELDS, type V3ChipField } from './v3-chip-fields'

/** Which chips each API offers and takes: the tag, CDC and instance type chips are API 3.0's alone. */
const V3_ONLY: readonly ChipField[] = ['tagKey', 'tagValue', ...V3_CHIP_FIELDS]

/** What "Add filter" offers first: 3.0's fields only where the API has them; the CDC ones under "More". */
export function menuChips(api: Api): ChipId[] {
  const more: readonly string[] = MORE_CHIP_FIELDS
  const fields = CHIP_FIELDS.filter(
    (field) => (api === 'v3' || !V3_ONLY.includes(field)) && !more.includes(field),
  )
  return api === 'v3' ? [...fields, NEW_TAG_CHIP] : fields
}

export function moreChips(api: Api): V3ChipField[] {
  return api === 'v3' ? [...MORE_CHIP_FIELDS] : []
}

/** What an API can take: legacy DescribeImages has no tag or CDC filters and no InstanceType, so they go. */
export function filtersForApi(filters: FilterValues, api: Api): FilterValues {
  if (api === 'v3') return filters
  return { ...filters, ...Object.fromEntries(V3_ONLY.map((field) => [field, []])), tags: [] }
}

export function hasV3OnlyChips(filters: FilterValues): boolean {
  return V3_ONLY.some((field) => filters[field].length > 0) || filters.tags.length > 0
}

import {
  activeLocalFilters,
  formatLocalFilter,
  type LocalFilterId,
  type LocalFilters,
  withoutLocalFilter,
} from '../local-filters/local-filters'
import { formatChip } from './chip-format'
import { activeChips, type ChipId, chipValues, type FilterValues, removeChip } from './filter-chips'

/** One filter narrowing the list: an API chip or a browser-side filter, in words. */
export type FilterInForce =
  | { kind: 'api'; chip: ChipId; label: string }
  | { kind: 'local'; id: LocalFilterId; label: string }

export interface FilterSet {
  filters: FilterValues
  local: LocalFilters
}

/** Every filter in force, the API's chips first (in request order), then the browser-side ones. */
export function filtersInForce({ filters, local }: FilterSet): FilterInForce[] {
  return [
    ...activeChips(filters).map(
      (chip): FilterInForce => ({ kind: 'api', chip, label: formatChip(chip, chipValues(filters, chip)) }),
    ),
    ...activeLocalFilters(local).map(
      (id): FilterInForce => ({ kind: 'local', id, label: formatLocalFilter(local, id) }),
    ),
  ]
}

/** The filters without that one. */
export function withoutFilter(set: FilterSet, filter: FilterInForce): FilterSet {
  return filter.kind === 'api'
    ? { ...set, filters: removeChip(set.filters, filter.chip) }
    : { ...set, local: withoutLocalFilter(set.local, filter.id) }
}

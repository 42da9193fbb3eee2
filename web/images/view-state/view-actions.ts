import type { Image } from '../data/image-model'
import { handOverExport, type PickedExport } from '../export/picked-export'
import { type FilterValues, NO_FILTERS } from '../filters/filter-chips'
import { type FilterInForce, withoutFilter } from '../filters/filters-in-force'
import { type LocalFilters, NO_LOCAL_FILTERS } from '../local-filters/local-filters'
import type { SortKey } from './url-state'
import { currentMark, type UpdateOptions, type ViewUpdate } from './use-view-state'

/**
 * What the image browser's controls do to the view, each one change of the URL: a new filter, lookup or sort
 * goes back to page 1; the drawer's and the comparison's history rules are here. `openImage` is the image the
 * drawer shows now, if any.
 */
export function viewActions(
  update: (change: ViewUpdate, options?: UpdateOptions) => void,
  openImage: string | null,
) {
  return {
    setFilters: (filters: FilterValues) => update((v) => ({ ...v, filters, page: 1 })),
    setLookup: (lookup: string[]) => update((v) => ({ ...v, lookup, page: 1 })),
    setLocal: (local: LocalFilters) => update((v) => ({ ...v, local, page: 1 })),
    clearAll: () =>
      update((v) => ({ ...v, filters: NO_FILTERS, local: NO_LOCAL_FILTERS, lookup: [], page: 1 })),
    removeFilter: (filter: FilterInForce) => update((v) => ({ ...v, ...withoutFilter(v, filter), page: 1 })),
    setSort: (sort: SortKey[]) => update((v) => ({ ...v, sort, page: 1 })),
    // A closed comparison forgets "Only differences"; flipping that switch adds no history entry.
    setCompare: (compare: string[]) =>
      update((v) => ({ ...v, compare, onlyDifferences: compare.length > 0 && v.onlyDifferences })),
    setOnlyDifferences: (onlyDifferences: boolean) =>
      update((v) => ({ ...v, onlyDifferences }), { replace: true }),
    // Opening adds a history entry, marked; closing goes back over it, so Back then leaves the list.
    openImage: (image: Image) => update((v) => ({ ...v, image: image.id }), { mark: { drawer: image.id } }),
    // Stepping to the next image keeps that one entry (and its mark), so Back still leaves the drawer.
    moveImage: (image: Image) =>
      update((v) => ({ ...v, image: image.id }), { replace: true, mark: { drawer: image.id } }),
    closeImage: () => {
      if (openImage && currentMark()?.drawer === openImage) window.history.back()
      else update((v) => ({ ...v, image: null }), { replace: true })
    },
    // The summary compares an earlier export with the view, the same filters over every image.
    compareWithExport: (file: PickedExport) => {
      handOverExport(file)
      update((v) => ({ ...v, mode: 'summary', page: 1, image: null, compare: [] }))
    },
  }
}

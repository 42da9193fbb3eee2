import type { AllImages } from './load-all-images'

/** How the rows on screen were ordered: API order, across every result, or within this page only. */
export type SortScope = 'none' | 'all' | 'page' | 'loading'

/** How far the browser-side filters reach: nowhere, every result, this page only, or not yet known. */
export type FilterScope = SortScope

/** The three places rows come from: one lookup by ImageIds, every result (to sort), or one page. */
export type RowSource = 'lookup' | 'all' | 'page'

export interface RowSourceInput {
  isLookup: boolean
  isSorted: boolean
  /** Browser-side filters (created, status, architecture) are on: they need every result, as a sort does. */
  isFiltered: boolean
  /** The ID lookup has answered. */
  lookupLoaded: boolean
  /** What loading every result came to, once it has: for this sort, or for an earlier one still cached. */
  all: AllImages['kind'] | undefined
}

export interface RowChoice {
  /** Where the rows on screen come from. */
  rows: RowSource
  /** The calls whose errors and progress count for this view. */
  active: RowSource[]
  /** The call whose fetch time the screen states. */
  stamped: RowSource
  sortScope: SortScope
  filterScope: FilterScope
}

/**
 * Picks where the rows come from. Without a sort, pages come straight from the API by Offset/Limit. With a
 * sort, every result is loaded, sorted and paged here, because DescribeImages cannot sort; until it is (or
 * when there are too many to load) the page on screen is sorted alone. Browser-side filters work the same
 * way: across every result once loaded, else on the page alone, and the screen says which. Every result at hand (a sort just
 * undone) serves the pages without a call. An ID lookup is one call.
 */
export function rowSource(input: RowSourceInput): RowChoice {
  const { isLookup, isSorted, isFiltered, lookupLoaded, all } = input
  const needsAll = isSorted || isFiltered
  const active: RowSource[] = isLookup ? ['lookup'] : needsAll ? ['all', 'page'] : ['page']
  const whole = isLookup ? lookupLoaded : all === 'complete'
  const stamped: RowSource = isLookup ? 'lookup' : whole ? 'all' : 'page'
  const partial: SortScope = all === 'too-many' ? 'page' : 'loading'
  const scope = (on: boolean): SortScope => (!on ? 'none' : whole ? 'all' : partial)
  const rows: RowSource = whole ? (isLookup ? 'lookup' : 'all') : 'page'
  return { rows, active, stamped, sortScope: scope(isSorted), filterScope: scope(isFiltered) }
}

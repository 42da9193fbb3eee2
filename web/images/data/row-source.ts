import type { AllImages } from './load-all-images'

/** How the rows on screen were ordered: API order, across every result, or within this page only. */
export type SortScope = 'none' | 'all' | 'page' | 'loading'

/** The three places rows come from: one lookup by ImageIds, every result (to sort), or one page. */
export type RowSource = 'lookup' | 'all' | 'page'

export interface RowSourceInput {
  isLookup: boolean
  isSorted: boolean
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
}

/**
 * Picks where the rows come from. Without a sort, pages come straight from the API by Offset/Limit. With a
 * sort, every result is loaded, sorted and paged here, because DescribeImages cannot sort; until it is (or
 * when there are too many to load) the page on screen is sorted alone. Every result at hand (a sort just
 * undone) serves the pages without a call. An ID lookup is one call.
 */
export function rowSource({ isLookup, isSorted, lookupLoaded, all }: RowSourceInput): RowChoice {
  const active: RowSource[] = isLookup ? ['lookup'] : isSorted ? ['all', 'page'] : ['page']
  const whole = isLookup ? lookupLoaded : all === 'complete'
  const stamped: RowSource = isLookup ? 'lookup' : whole ? 'all' : 'page'
  if (whole)
    return { rows: isLookup ? 'lookup' : 'all', active, stamped, sortScope: isSorted ? 'all' : 'none' }
  const sortScope: SortScope = !isSorted ? 'none' : all === 'too-many' ? 'page' : 'loading'
  return { rows: 'page', active, stamped, sortScope }
}

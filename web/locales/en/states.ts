import { n } from './numbers'

/**
 * The words of states that come with a round trip (a sort loading every page, an empty answer, an ID
 * lookup): they arrive with the later words (useLaterWords in web/lib/i18n.ts), not with the first load.
 */
export const states = {
  'summary.sortedAll': (p: { total: number }) =>
    p.total === 1 ? 'Sorted: the only image' : `Sorted across all ${n(p.total)} images`,
  'summary.sortedPage': (p: { cap: number }) =>
    `Sorted within this page only: more than ${n(p.cap)} results are too many to load for sorting; narrow the filters to sort them all`,
  'summary.loadingSome': (p: { loaded: number; total: number }) =>
    `Loading ${n(p.loaded)} of ${n(p.total)}… to sort across all pages`,
  'summary.loadingAll': 'Loading every page to sort across all of them…',
  'empty.lookup': 'None of these IDs exist in this region',
  'empty.filters': 'No images match these filters',
  'empty.region': 'No images in this region',
  'empty.lookupHint': 'Check the IDs, or the region.',
  'empty.inForce': 'Remove a filter to widen the list:',
  'empty.filtersHint': 'Names and platforms match part of the text.',
  'empty.regionHint': 'Try another region.',
  'empty.endLookup': 'End lookup',
  'empty.clearFilters': 'Clear filters',
  'filters.lookingUp': (p: { count: number }) =>
    `Looking up ${p.count} ${p.count === 1 ? 'ID' : 'IDs'}; filters are off.`,
  'filters.notFound': 'Not found:',
}

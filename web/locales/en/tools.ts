import { n } from './numbers'

/** The words of what opens later: comparison, selection tools, region search, browser-side filter editors, drawer navigation. */
export const tools = {
  'drawer.previous': 'Previous image',
  'drawer.previousHint': 'Previous image (k)',
  'drawer.next': 'Next image',
  'drawer.nextHint': 'Next image (j)',
  'drawer.position': (p: { position: number; count: number }) => `${p.position} of ${p.count}`,
  'drawer.errorTitle': 'Could not load this image',
  'drawer.cdcCache': 'CDC cache',
  'cdc.CACHED_ALL': 'Any cache state',
  'cdc.CACHING': 'Caching',
  'cdc.CACHED': 'Cached',
  'cdc.CACHE_INVALID': 'Cache invalid',
  'cdc.CACHE_FAILED': 'Caching failed',
  'export.tooManyChoice': (p: { total: number; cap: number }) =>
    `${n(p.total)} images are more than one export holds (${n(p.cap)}). Export:`,
  'export.first': (p: { cap: number }) => `First ${n(p.cap)} in this order`,
  'export.thisPage': 'This page',
  'editor.cdcStates': 'CDC cache states',
  'editor.instanceTypePlaceholder': 'Like SA5.MEDIUM2, Enter to set',
  'rule.instanceTypeShape': 'Instance types look like SA5.MEDIUM2: a family, a dot, a size.',
  'rule.oneInstanceType': 'Images are listed for one instance type at a time.',
  'chip.instanceTypeHint': 'Images it can boot, like SA5.MEDIUM2',
  'chip.clusterHint': 'Cached in this CDC, like cluster-12345678',
  'chip.cdcStatusHint': 'How far a CDC has cached it',
  'stamp.firstOf': (p: { count: string; total: number | null }) =>
    `first ${p.count}${p.total === null ? '' : ` of ${n(p.total)}`}`,
  'summary.loadingSomeFilter': (p: { loaded: number; total: number }) =>
    `Loading ${n(p.loaded)} of ${n(p.total)}… to filter across all pages`,
  'summary.loadingAllFilter': 'Loading every page to filter across all of them…',
  'keys.select': 'Select or unselect the focused row',
  'keys.drawerNav': 'In the drawer: next or previous image',
  'filters.more': 'More',
  'filters.inBrowser': 'In the browser, across all pages',
  'rule.duplicateName': 'Another Name filter already has these values.',
  'editor.bothFilters': (p: { first: string; second: string }) => `${p.first} and ${p.second}`,
  'editor.addToFilter': 'Add to this filter',
  'editor.addSeparate': 'Add as a separate Name filter',
  'editor.widens': (p: { filters: string }) => `${p.filters} — widens the list`,
  'editor.narrows': (p: { filters: string }) => `${p.filters} — narrows the list`,
}

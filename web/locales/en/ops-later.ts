import { counted, n } from './numbers'

/** The words of what opens later: the browser-side filter editors, the selection bar, compare, region search. */
export const opsLater = {
  'local.createdHint': 'A date range, or the last 7 days to a year',
  'local.editorHint': (p: { hint: string }) => `${p.hint}. Filtered in the browser across every page.`,
  'local.preset.7d': 'Last 7 days',
  'local.preset.30d': 'Last 30 days',
  'local.preset.3m': 'Last 3 months',
  'local.preset.1y': 'Last year',
  'local.from': (p: { zone: string }) => `From (${p.zone})`,
  'local.to': (p: { zone: string }) => `To (${p.zone})`,
  'local.dateShape': 'Dates are YYYY-MM-DD.',
  'local.needDate': 'Give a start date, an end date, or both.',
  'selection.label': 'Selection',
  'selection.count': (p: { count: number }) => `${n(p.count)} selected`,
  'selection.copyIds': 'Copy IDs',
  'selection.copied': (p: { count: number }) => `Copied ${counted(p.count, 'ID', 'IDs')}`,
  'selection.hidden': (p: { count: number }) => `, ${n(p.count)} hidden by the browser-side filters`,
  'selection.leftOut': (p: { count: number }) =>
    `; left out ${n(p.count)} selected ${p.count === 1 ? 'image' : 'images'} the browser-side filters hide`,
  'selection.export': 'Export selected',
  'selection.downloaded': (p: { count: number; file: string }) =>
    `Downloaded ${counted(p.count, 'image', 'images')} as ${p.file}`,
  'selection.compare': 'Compare',
  'selection.compareHint': 'Compare side by side',
  'selection.compareHowMany': (p: { max: number }) => `Select 2 or ${p.max} images to compare`,
  'selection.clear': 'Clear',
  'compare.title': (p: { count: number }) => `Compare ${n(p.count)} images`,
  'compare.defaultRegion': 'Default region',
  'compare.differences': (p: { count: number }) => counted(p.count, 'field differs', 'fields differ'),
  'compare.onlyDifferences': 'Only differences',
  'compare.missing': 'Not found in this region:',
  'compare.failed': (p: { detail: string }) => `Could not load the images (${p.detail}).`,
  'compare.table': 'Comparison',
  'compare.field': 'Field',
  'compare.differs': ' (differs)',
  'regionSearch.label': 'Search in all regions',
  'regionSearch.progress': 'Regions searched',
  'regionSearch.searching': (p: { done: number; total: number }) =>
    `Searching ${n(p.done)} of ${n(p.total)} regions`,
  'regionSearch.searched': (p: { done: number; total: number }) =>
    `Searched ${n(p.done)} of ${n(p.total)} regions`,
  'regionSearch.stop': 'Stop',
  'regionSearch.foundIn': 'Found in',
  'regionSearch.foundAt': (p: { region: string }) => ` found in ${p.region} — `,
  'regionSearch.open': (p: { id: string; region: string }) => `Open ${p.id} in ${p.region}`,
  'regionSearch.nowhere': (p: { total: number; partial: boolean }) =>
    ` is in none of the ${n(p.total)} regions${p.partial ? ' that answered' : ''}.`,
  'regionSearch.noAnswer': (p: { regions: string }) => `No answer from ${p.regions}.`,
}

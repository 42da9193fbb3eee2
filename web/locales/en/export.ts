import { images, n } from './numbers'

/** The Export menu, what each export did, and the caption of a Markdown table. */
export const exports = {
  'export.csv': 'Download CSV',
  'export.csvHint': 'Visible columns, for Excel (UTF-8)',
  'export.json': 'Download JSON',
  'export.jsonHint': 'Every field, as the API returned it',
  'export.markdown': 'Copy as Markdown table',
  'export.markdownHint': 'Visible columns, with the review stamp',
  'export.failed': (p: { detail: string }) => `Export failed: ${p.detail}`,
  'export.loading': (p: { loaded: number; total: number }) =>
    `Loading ${n(p.loaded)} of ${images(p.total)} to export…`,
  'export.tooMany': (p: { count: number; cap: number }) =>
    `Not exported: ${images(p.count)} are more than the ${n(p.cap)} one export holds; choose the first ${n(p.cap)} or this page.`,
  'export.copied': (p: { count: number }) => `Copied a Markdown table of ${images(p.count)}`,
  'export.downloaded': (p: { count: number; name: string }) => `Downloaded ${images(p.count)} as ${p.name}`,
  'export.copiedFiltered': (p: { count: number; filters: string }) =>
    `Copied a Markdown table of ${images(p.count)}, filtered in the browser by ${p.filters}`,
  'export.downloadedFiltered': (p: { count: number; name: string; filters: string }) =>
    `Downloaded ${images(p.count)}, filtered in the browser by ${p.filters}, as ${p.name}`,
  'stamp.allPages': (p: { count: string }) => `${p.count}, all pages`,
  'stamp.exported': (p: { time: string }) => `exported ${p.time}`,
}

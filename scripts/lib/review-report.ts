/** The review bundle's report.md and what it reads back from the bundle's files. Pure. */
import type { ChangedRecord, Changes } from '../../web/changes/compare-records.js'
import type { ExportRecord } from '../../web/changes/export-records.js'

export interface SummaryRow {
  chart: string
  label: string
  count: number
}

/** The rows of the summary's CSV (Chart, Value, Label, Images), header left out. */
export function summaryRows(csv: readonly string[][]): SummaryRow[] {
  return csv
    .slice(1)
    .map(([chart = '', , label = '', count = '0']) => ({ chart, label, count: Number(count) }))
}

export interface ReportChanges {
  /** The earlier bundle's folder and when it was made. */
  since: string
  sinceTime: string | null
  changes: Changes
  warnings: string[]
}

export interface ReportInput {
  /** ISO time the bundle was made. */
  time: string
  mode: string
  /** The view's address in the app. */
  link: string
  region: string
  count: number
  pages: number
  pagesShot: number
  maxPages: number
  lang: string
  summary: SummaryRow[]
  /** The names the browser gave the exports, for the record. */
  exportNames: string[]
  files: string[]
  changes: ReportChanges | null
}

const cell = (value: string) => value.replaceAll('|', '\\|').replace(/\r?\n/g, ' ')
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`

function summaryTable(rows: readonly SummaryRow[]): string[] {
  return [
    row(['Chart', 'Value', 'Images']),
    '| --- | --- | ---: |',
    ...rows.map((r) => row([r.chart, r.label, String(r.count)])),
  ]
}

const LISTED = 50

function recordLines(title: string, records: readonly ExportRecord[]): string[] {
  if (records.length === 0) return []
  const lines = records.slice(0, LISTED).map((record) => `- \`${record.id}\` ${cell(record.name ?? '')}`)
  const more =
    records.length > LISTED ? [`- … and ${records.length - LISTED} more (changes.csv has them all)`] : []
  return [`### ${title} (${records.length})`, '', ...lines, ...more, '']
}

function changedLines(changed: readonly ChangedRecord[]): string[] {
  if (changed.length === 0) return []
  const lines = changed.slice(0, LISTED).map(({ before, after, fields }) => {
    const what = fields.map((field) => `${field}: ${before[field] ?? ''} → ${after[field] ?? ''}`).join('; ')
    return `- \`${after.id}\` ${cell(after.name ?? '')}: ${cell(what)}`
  })
  const more =
    changed.length > LISTED ? [`- … and ${changed.length - LISTED} more (changes.csv has them all)`] : []
  return [`### Changed (${changed.length})`, '', ...lines, ...more, '']
}

function changesSection(input: ReportChanges): string[] {
  const { added, removed, changed } = input.changes
  return [
    `## Changes since ${input.since}${input.sinceTime ? ` (${input.sinceTime})` : ''}`,
    '',
    ...input.warnings.map((warning) => `> ⚠ ${warning}`),
    ...(input.warnings.length > 0 ? [''] : []),
    `${added.length} added · ${removed.length} removed · ${changed.length} changed`,
    '',
    ...recordLines('Added', added),
    ...recordLines('Removed', removed),
    ...changedLines(changed),
  ]
}

/** report.md: the view, the time, the count, the summary's figures, the changes when asked, the files. */
export function reviewReport(input: ReportInput): string {
  const capped = input.pagesShot < input.pages
  return [
    '# CVM image review',
    '',
    `- View: ${input.link}`,
    `- Region: ${input.region}`,
    `- Made: ${input.time} (${input.mode} mode, pages in ${input.lang})`,
    `- Images: ${input.count}`,
    `- Pages: ${input.pages}${capped ? `; the first ${input.pagesShot} shot (the cap is ${input.maxPages}, --max-pages)` : ', every one shot'}`,
    '',
    '## Summary',
    '',
    ...summaryTable(input.summary),
    '',
    ...(input.changes ? changesSection(input.changes) : []),
    '## Files',
    '',
    ...input.files.map((file) => `- ${file}`),
    '',
    `The exports are the browser's own (${input.exportNames.join(', ')}).`,
    '',
  ].join('\n')
}

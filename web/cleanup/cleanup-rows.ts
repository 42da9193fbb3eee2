/** The review's rows in words and order: the reasons as text, the sort, the counts, the exports. Pure. */
import type { TimeZone } from '../lib/format'
import { formatTime } from '../lib/format'
import { t } from '../lib/i18n'
import type { CleanupRow } from './use-cleanup'
import type { Reason, Verdict } from './verdict'

export const CLEANUP_COLUMNS = [
  'verdict',
  'reason',
  'name',
  'id',
  'family',
  'created',
  'instances',
  'shared',
] as const
export type CleanupColumn = (typeof CLEANUP_COLUMNS)[number]

/** The columns of a review: the legacy API sends no ImageFamily, so its column would only hold dashes. */
export const cleanupColumns = (api: 'legacy' | 'v3'): readonly CleanupColumn[] =>
  api === 'legacy' ? CLEANUP_COLUMNS.filter((column) => column !== 'family') : CLEANUP_COLUMNS

export interface CleanupSort {
  column: CleanupColumn
  desc: boolean
}

/** Candidates first, then what is undecided, then what is kept; the oldest first within each. */
export const DEFAULT_CLEANUP_SORT: CleanupSort = { column: 'verdict', desc: false }

const VERDICT_ORDER: Record<Verdict, number> = { candidate: 0, undecided: 1, keep: 2 }

export function reasonText(reason: Reason): string {
  switch (reason.kind) {
    case 'inUse':
      return t('cleanup.reason.inUse', { count: reason.count })
    case 'shared':
      return t('cleanup.reason.shared', { count: reason.count })
    case 'newestInFamily':
      return t('cleanup.reason.newestInFamily', { family: reason.family })
    case 'younger':
      return t('cleanup.reason.younger', { days: reason.days })
    case 'unknownAge':
      return t('cleanup.reason.unknownAge')
    case 'notScanned':
      return t('cleanup.reason.notScanned')
    case 'sharingUnread':
      return t('cleanup.reason.sharingUnread')
    case 'unused':
      return t('cleanup.reason.unused', { days: reason.ageDays })
  }
}

export const reasonsText = (row: CleanupRow) => row.decision.reasons.map(reasonText).join('; ')

export function verdictText(verdict: Verdict): string {
  return t(`cleanup.verdict.${verdict}`)
}

export function columnTitle(
  column: CleanupColumn,
  imageLabel: (field: 'name' | 'id' | 'family' | 'created' | 'instances') => string,
) {
  if (column === 'verdict' || column === 'reason' || column === 'shared') return t(`cleanup.col.${column}`)
  return imageLabel(column)
}

const oldest = (row: CleanupRow) => (Number.isNaN(row.image.createdTime) ? Infinity : row.image.createdTime)

function sortValue(row: CleanupRow, column: CleanupColumn): string | number {
  switch (column) {
    case 'verdict':
      return VERDICT_ORDER[row.decision.verdict]
    case 'reason':
      return reasonsText(row)
    case 'name':
      return row.image.name
    case 'id':
      return row.image.id
    case 'family':
      return row.image.family ?? ''
    case 'created':
      return oldest(row)
    case 'instances':
      return row.instances ?? -1
    case 'shared':
      return row.shared ?? -1
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

export function sortRows(rows: readonly CleanupRow[], sort: CleanupSort): CleanupRow[] {
  const sign = sort.desc ? -1 : 1
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.column)
    const y = sortValue(b, sort.column)
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return sign * order || oldest(a) - oldest(b) || a.image.id.localeCompare(b.image.id)
  })
}

export function countVerdicts(rows: readonly CleanupRow[]) {
  const count = (verdict: Verdict) => rows.filter((row) => row.decision.verdict === verdict).length
  return { candidates: count('candidate'), kept: count('keep'), undecided: count('undecided') }
}

/** A cell as the exports write it; '' where nothing is known. */
export function cellText(row: CleanupRow, column: CleanupColumn, zone: TimeZone): string {
  switch (column) {
    case 'verdict':
      return verdictText(row.decision.verdict)
    case 'reason':
      return reasonsText(row)
    case 'created':
      return Number.isFinite(row.image.createdTime)
        ? formatTime(row.image.createdTime, zone)
        : row.image.createdAt
    case 'instances':
      return row.instances === null ? '' : String(row.instances)
    case 'shared':
      return row.shared === null ? '' : String(row.shared)
    default:
      return String(sortValue(row, column))
  }
}

/** The JSON export: each image as the API sent it, with the review's Verdict, Reason and counts. */
export function toCleanupJson(rows: readonly CleanupRow[]): string {
  const items = rows.map((row) => ({
    ...row.image.raw,
    Verdict: row.decision.verdict,
    Reason: reasonsText(row),
    Instances: row.instances,
    SharedWith: row.shared,
  }))
  return `${JSON.stringify(items, null, 2)}\n`
}

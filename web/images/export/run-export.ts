import type { QueryClient } from '@tanstack/react-query'
import type { DescribeImagesV3Request } from '../../../core/describe-images-v3'
import { downloadText } from '../../lib/download'
import { currentLanguage, t } from '../../lib/i18n'
import type { Image, ImageField } from '../data/image-model'
import { loadAllCached } from '../data/images-query'
import { fetchUsageCounts, withUsage } from '../data/region-usage'
import { sortImages } from '../data/sort-images'
import {
  applyLocalFilters,
  formatLocalFilters,
  type LocalFilters,
  NO_LOCAL_FILTERS,
} from '../local-filters/local-filters'
import { formatExportCaption, type StampInput } from '../review/review-stamp'
import { exportFileName, filterWords, localFilterWords, toCsv, toJson, toMarkdown } from './export-formats'

/** An export holds at most this many images (100 requests); above it, the first ones or this page. */
export const EXPORT_CAP = 10_000

export type ExportKind = 'csv' | 'json' | 'markdown'
/** Every result; the first EXPORT_CAP of them in the order loaded; or the rows on screen. */
export type ExportScope = 'all' | 'first' | 'page'

export interface ExportJob {
  /** The view's whole-result request (viewRequest 'all'): every page is exported, through the cache. */
  request: DescribeImagesV3Request
  stamp: StampInput
  columns: readonly ImageField[]
  /** The rows on screen, in screen order, for "this page". */
  pageRows: readonly Image[] | undefined
}

/** The browser-side filters in the page's words, "Status: Normal; Architecture: arm"; "" without any. */
export function localFilterSummary(local: LocalFilters): string {
  return formatLocalFilters(local).join(t('stamp.filterSeparator'))
}

/** An export with the Instances column, or sorted by it, carries the scan's counts. */
const needsUsage = (job: ExportJob) =>
  job.columns.includes('instances') || job.stamp.sort.some((key) => key.field === 'instances')

/**
 * The rows of an export: the page on screen (already through the browser-side filters), or every page of
 * the view's result (through the query cache, so pages already on screen are not fetched again), kept by
 * the browser-side filters and sorted as the view is. A string when there are too many to load.
 */
async function exportRows(
  scope: ExportScope,
  job: ExportJob,
  queryClient: QueryClient,
  onProgress: (message: string) => void,
): Promise<readonly Image[] | string> {
  if (scope === 'page') return job.pageRows ?? []
  const { region } = job.stamp
  const counts = needsUsage(job) && region ? await fetchUsageCounts(queryClient, region) : undefined
  const result = await loadAllCached(queryClient, job.request, {
    onProgress: (loaded, total) => onProgress(t('export.loading', { loaded, total })),
    cap: EXPORT_CAP,
    take: scope === 'first' ? EXPORT_CAP : undefined,
  })
  if (result.kind === 'too-many') return t('export.tooMany', { count: result.totalCount, cap: EXPORT_CAP })
  const kept = applyLocalFilters(withUsage(result.images, counts), job.stamp.local ?? NO_LOCAL_FILTERS)
  return sortImages(kept, job.stamp.sort, currentLanguage())
}

/** Downloads or copies what the screen holds, every page of it; resolves to what happened, in words. */
export async function runExport(
  kind: ExportKind,
  scope: ExportScope,
  job: ExportJob,
  queryClient: QueryClient,
  onProgress: (message: string) => void,
): Promise<string> {
  const rows = await exportRows(scope, job, queryClient, onProgress)
  if (typeof rows === 'string') return rows
  const local = job.stamp.local ?? NO_LOCAL_FILTERS
  const now = Date.now()
  const count = rows.length
  const browser = localFilterSummary(local)
  if (kind === 'markdown') {
    const caption = formatExportCaption(job.stamp, count, now, scope)
    await navigator.clipboard.writeText(toMarkdown(rows, job.columns, caption, job.stamp.zone))
    return browser ? t('export.copiedFiltered', { count, filters: browser }) : t('export.copied', { count })
  }
  const { region, filters, lookup } = job.stamp
  const words = lookup.length > 0 ? [`ids ${lookup.join(' ')}`] : filterWords(filters)
  const parts = {
    region: region ?? 'unknown-region',
    filters: words,
    local: localFilterWords(local),
    time: now,
  }
  const name = exportFileName(parts, kind)
  if (kind === 'csv') downloadText(name, toCsv(rows, job.columns, job.stamp.zone), 'text/csv;charset=utf-8')
  else downloadText(name, toJson(rows), 'application/json')
  return browser
    ? t('export.downloadedFiltered', { count, name, filters: browser })
    : t('export.downloaded', { count, name })
}

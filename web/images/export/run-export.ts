import type { QueryClient } from '@tanstack/react-query'
import type { DescribeImagesV3Request } from '../../../core/describe-images-v3'
import { downloadText } from '../../lib/download'
import { currentLanguage, t } from '../../lib/i18n'
import type { Image, ImageField } from '../data/image-model'
import { loadAllCached } from '../data/images-query'
import { sortImages } from '../data/sort-images'
import { formatExportCaption, type StampInput } from '../review/review-stamp'
import { exportFileName, filterWords, toCsv, toJson, toMarkdown } from './export-formats'

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

/**
 * Loads every page of the view's result (through the query cache, so pages already on screen are not
 * fetched again), sorts it as the view does, and downloads or copies it. Resolves to what happened.
 */
export async function runExport(
  kind: ExportKind,
  scope: ExportScope,
  job: ExportJob,
  queryClient: QueryClient,
  onProgress: (message: string) => void,
): Promise<string> {
  let sorted: readonly Image[]
  if (scope === 'page') {
    sorted = job.pageRows ?? []
  } else {
    const result = await loadAllCached(queryClient, job.request, {
      onProgress: (loaded, total) => onProgress(t('export.loading', { loaded, total })),
      cap: EXPORT_CAP,
      take: scope === 'first' ? EXPORT_CAP : undefined,
    })
    if (result.kind === 'too-many') {
      return t('export.tooMany', { count: result.totalCount, cap: EXPORT_CAP })
    }
    sorted = sortImages(result.images, job.stamp.sort, currentLanguage())
  }
  const now = Date.now()
  if (kind === 'markdown') {
    const caption = formatExportCaption(job.stamp, sorted.length, now, scope)
    await navigator.clipboard.writeText(toMarkdown(sorted, job.columns, caption, job.stamp.zone))
    return t('export.copied', { count: sorted.length })
  }
  const { region, filters, lookup } = job.stamp
  const words = lookup.length > 0 ? [`ids ${lookup.join(' ')}`] : filterWords(filters)
  const name = exportFileName({ region: region ?? 'unknown-region', filters: words, time: now }, kind)
  if (kind === 'csv') downloadText(name, toCsv(sorted, job.columns, job.stamp.zone), 'text/csv;charset=utf-8')
  else downloadText(name, toJson(sorted), 'application/json')
  return t('export.downloaded', { count: sorted.length, name })
}

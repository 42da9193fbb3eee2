import { type StampInput, stampParts, useZone, type ViewState } from '../images/public'
import { t } from '../lib/i18n'
import type { SummaryImages } from './use-summary-images'

interface SummaryStampProps {
  view: ViewState
  region: string | null
  data: SummaryImages
  /** How many images the charts count, in words ("All 363 images"). */
  scope: string
}

/**
 * The review stamp of the summary: the region, the filters, how many images the charts count and when they
 * were fetched, so a screenshot of the charts explains itself as one of the list does.
 */
export function SummaryStamp({ view, region, data, scope }: SummaryStampProps) {
  const zone = useZone()
  const input: StampInput = {
    region,
    filters: view.filters,
    lookup: view.lookup,
    total: data.images?.length ?? null,
    page: 1,
    size: 1,
    rowsOnPage: 0,
    sort: [],
    sortScope: 'none',
    fetchedAt: data.fetchedAt,
    error: data.error?.code ?? null,
    zone,
    local: view.local,
    filterScope: data.images !== undefined ? 'all' : 'loading',
    scanned: data.loaded,
  }
  const parts = stampParts(input)
  return (
    <p
      role="note"
      aria-label={t('stamp.label')}
      className="rounded border-l-2 border-blue-500 bg-neutral-50 px-2 py-1 text-xs leading-5 text-neutral-700 tabular-nums dark:bg-neutral-900 dark:text-neutral-300 review:text-[13px] review:text-neutral-900 review:dark:text-neutral-100"
    >
      {[t('charts.section'), parts.region, parts.filters, scope].map((part) => (
        <span key={part}>
          {part}
          <span className="text-neutral-400">{t('stamp.separator')}</span>
        </span>
      ))}
      <time dateTime={input.fetchedAt === null ? undefined : new Date(input.fetchedAt).toISOString()}>
        {parts.fetched}
      </time>
    </p>
  )
}

import { useId, useMemo, useState } from 'react'
import {
  ErrorPanel,
  regionLabel,
  type ScreenProps,
  SORT_ALL_CAP,
  StampNote,
  useApi,
  useZone,
} from '../images/public'
import { formatTime } from '../lib/format'
import { t } from '../lib/i18n'
import { problemText } from '../usage/action-problem'
import { ScanLine } from '../usage/scan-line'
import { CleanupExports } from './cleanup-exports'
import { type CleanupSort, countVerdicts, DEFAULT_CLEANUP_SORT, sortRows } from './cleanup-rows'
import { CleanupTable } from './cleanup-table'
import { OlderThanForm } from './older-than-form'
import { useCleanup } from './use-cleanup'

const note = 'text-sm text-neutral-600 dark:text-neutral-400'
const alert =
  'rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100'

/**
 * `view=cleanup`: every custom image of the region with a verdict (Candidate, Keep, Undecided) and why. What
 * could not be read is said above the table, naming the CAM permission, and then no image is a candidate.
 */
export default function CleanupView({ view, region, update, nav }: ScreenProps) {
  const headingId = useId()
  const zone = useZone()
  const family = useApi() ?? 'v3'
  const [now] = useState(() => Date.now())
  const [sort, setSort] = useState<CleanupSort>(DEFAULT_CLEANUP_SORT)
  const days = view.olderThanDays
  const review = useCleanup(region, days, now)
  const { rows, customs, scan, sharing } = review
  const counts = useMemo(() => (rows ? countVerdicts(rows) : null), [rows])
  const sorted = useMemo(() => (rows ? sortRows(rows, sort) : undefined), [rows, sort])
  const problems: string[] = []
  if (scan.error)
    problems.push(t('cleanup.missingScan', { problem: problemText('DescribeInstances', scan.error, family) }))
  else if (scan.data && !scan.data.complete) problems.push(t('cleanup.cutShort'))
  const sharingError = sharing?.denied ?? sharing?.failed
  if (sharingError && counts) {
    const problem = problemText('DescribeImageSharePermission', sharingError, family)
    problems.push(t('cleanup.missingSharing', { count: counts.undecided, problem }))
  }
  const scanned = scan.data
    ? t('cleanup.stampScanned', {
        count: scan.data.instances.length,
        time: formatTime(scan.data.scannedAt, zone),
      })
    : t('cleanup.stampNotScanned')
  const fetchedAt = customs.dataUpdatedAt || null
  const stamp = [
    region ? regionLabel(region) : t('stamp.regionLoading'),
    t('cleanup.stamp', { days }),
    scanned,
    ...(counts ? [t('cleanup.counts', counts)] : [t('stamp.loading')]),
  ]
  return (
    <>
      <section aria-labelledby={headingId} className="flex flex-col gap-2 px-4 pt-3 pb-2">
        <h2 id={headingId} className="sr-only">
          {t('cleanup.heading')}
        </h2>
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {nav}
            {counts && <p className="text-sm font-medium tabular-nums">{t('cleanup.counts', counts)}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <OlderThanForm
              days={days}
              onChange={(next) => update((current) => ({ ...current, olderThanDays: next }))}
            />
            {sorted && region && <CleanupExports rows={sorted} region={region} days={days} stamp={stamp} />}
          </div>
        </div>
        <StampNote
          parts={stamp}
          time={
            fetchedAt === null
              ? t('stamp.fetching')
              : t('stamp.fetched', { time: formatTime(fetchedAt, zone) })
          }
          at={fetchedAt}
        />
        <p className={`${note} max-w-4xl review:hidden`}>{t('cleanup.intro')}</p>
        {problems.map((problem) => (
          <p key={problem} role="alert" className={alert}>
            {problem}
          </p>
        ))}
        {customs.isFetching && customs.progress && (
          <p role="status" className={note}>
            {t('cleanup.loadingImages', customs.progress)}
          </p>
        )}
        {region && !scan.data && !scan.error && <ScanLine region={region} />}
        {review.sharingProgress && (
          <p role="status" className={note}>
            {t('cleanup.checkingSharing', review.sharingProgress)}
          </p>
        )}
      </section>
      <div className="min-h-0 flex-1 overflow-auto review:overflow-visible">
        {customs.error ? (
          <ErrorPanel
            error={customs.error}
            region={region}
            onRetry={() => void customs.refetch()}
            retrying={customs.isFetching}
          />
        ) : customs.data?.kind === 'too-many' ? (
          <p className={`${alert} mx-4`}>
            {t('cleanup.tooMany', { count: customs.data.totalCount, cap: SORT_ALL_CAP })}
          </p>
        ) : sorted && sorted.length === 0 ? (
          <p className={`${note} px-4 py-10 text-center`}>{t('cleanup.none')}</p>
        ) : sorted ? (
          <CleanupTable rows={sorted} sort={sort} onSort={setSort} />
        ) : null}
      </div>
    </>
  )
}

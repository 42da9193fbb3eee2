import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { FilePickButton, type PickedFile } from '../changes/file-pick-button'
import {
  ErrorPanel,
  exportFileName,
  filterWords,
  formatViewState,
  hasLocalFilters,
  letGoPickedExport,
  localFilterWords,
  pickedExport,
  type ScreenProps,
  useApi,
  useUsageCounts,
  type ViewState,
  withUsage,
} from '../images/public'
import { downloadText } from '../lib/download'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'
import { problemText } from '../usage/action-problem'
import { useInstanceScan } from '../usage/usage-queries'
import { BarChart, type ChartBar } from './bar-chart'
import { barView } from './bar-view'
import { barLabel, chartTitle, countsCsv, scopeWords } from './chart-words'
import { type Chart, countCharts } from './summary-counts'
import { SummaryStamp } from './summary-stamp'
import { useSummaryImages } from './use-summary-images'

// The comparison with an earlier export loads when a file is first picked.
const ChangesPanel = lazy(() => import('../changes/changes-panel'))

/** What the view's export files are named after: its region and filters, the API's and the browser's. */
function viewNameParts(view: ViewState, region: string | null) {
  return {
    region: region ?? 'unknown-region',
    filters: view.lookup.length > 0 ? [`ids ${view.lookup.join(' ')}`] : filterWords(view.filters),
    local: localFilterWords(view.local),
  }
}

/**
 * view=summary: charts of the view's images (every image of its filters, as a sort loads them), each bar a
 * link to the list narrowed to exactly that bar; the counts export as CSV, and an earlier export can be
 * compared with what the view holds now.
 */
export default function SummaryView({ view, region, update, nav }: ScreenProps) {
  const data = useSummaryImages(view, true)
  const api = useApi() ?? 'v3'
  const [now] = useState(Date.now)
  const [status, setStatus] = useState('')
  // A file picked in the list's Export menu comes along.
  const [picked, setPicked] = useState<PickedFile | null>(pickedExport)
  useEffect(letGoPickedExport, [])
  // The in-use chart, and the instance counts a comparison with an earlier export reads, come from the scan.
  const scan = useInstanceScan(region)
  const counts = useUsageCounts(region, true)
  const images = useMemo(() => data.images && withUsage(data.images, counts), [data.images, counts])
  const charts = useMemo(
    () =>
      images ? countCharts(images, now, counts ? { instancesOf: (id) => counts.get(id) ?? 0 } : null) : [],
    [images, counts, now],
  )
  const filtered = hasLocalFilters(view.local)
  const scope =
    data.images === undefined
      ? data.progress
        ? t('charts.loading', data.progress)
        : t('summary.loading')
      : scopeWords({ loaded: data.loaded, total: data.total, counted: data.images.length, filtered })
  // Parameters the view does not own (the language, the theme) go along to the list; a server render has none.
  const keep = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search)
  const barsOf = (chart: Chart): ChartBar[] =>
    chart.bars.map((bar) => {
      const target = barView(view, chart.id, bar.key, now)
      return { ...bar, label: barLabel(chart.id, bar.key), href: target && formatViewState(target, keep) }
    })
  const open = (chart: Chart, bar: ChartBar) => {
    const target = barView(view, chart.id, bar.key, now)
    if (target) update(() => target)
  }
  const nameParts = viewNameParts(view, region)
  const exportCounts = () => {
    const name = exportFileName({ ...nameParts, time: Date.now() }, 'csv').replace(
      /^cvm-images_/,
      'cvm-images-summary_',
    )
    downloadText(name, countsCsv(charts), 'text/csv;charset=utf-8')
    setStatus(t('charts.exported', { name }))
  }
  return (
    <section aria-label={t('charts.section')} className="flex flex-col gap-3 px-4 pb-6">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {nav}
          <p className="text-sm text-neutral-700 tabular-nums dark:text-neutral-300">{scope}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden review:hidden">
          <Button onClick={exportCounts} disabled={!data.images}>
            {t('charts.exportCsv')}
          </Button>
          <FilePickButton onPick={setPicked} />
        </div>
      </div>
      <p role="status" className="text-xs text-neutral-600 empty:hidden dark:text-neutral-400">
        {status}
      </p>
      <SummaryStamp view={view} region={region} data={data} scope={scope} />
      {scan.error && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {problemText('DescribeInstances', scan.error, api)}
        </p>
      )}
      {data.error ? (
        <ErrorPanel error={data.error} region={region} onRetry={data.retry} retrying={data.isFetching} />
      ) : data.images?.length === 0 ? (
        <p className="py-10 text-center text-sm text-neutral-600 dark:text-neutral-400">
          {t('charts.empty')}
        </p>
      ) : (
        <div
          aria-busy={data.images === undefined}
          className="grid items-start gap-3 md:grid-cols-2 xl:grid-cols-3"
        >
          {charts.map((chart) => (
            <BarChart
              key={chart.id}
              title={chartTitle(chart.id)}
              bars={barsOf(chart)}
              onOpen={(bar) => open(chart, bar)}
            />
          ))}
        </div>
      )}
      {picked && data.images && (
        <Suspense fallback={<div className="h-20" aria-busy="true" />}>
          <ChangesPanel
            file={picked}
            images={images ?? data.images}
            partial={data.loaded < data.total}
            viewName={exportFileName({ ...nameParts, time: now }, 'json')}
            onClose={() => setPicked(null)}
            onStatus={setStatus}
          />
        </Suspense>
      )}
    </section>
  )
}

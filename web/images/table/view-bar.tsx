import { lazy, type ReactNode, type RefObject, Suspense, useLayoutEffect, useMemo } from 'react'
import { withLaterWords } from '../../lib/i18n'
import type { ImageRows } from '../data/use-image-rows'
import { screenRequest, viewRequest } from '../data/view-request'
import type { PickedExport } from '../export/picked-export'
import { filtersInForce } from '../filters/filters-in-force'
import { localFilterParamWords } from '../local-filters/local-filter-params'
import { RefreshControls } from '../refresh/refresh-controls'
import type { StampInput } from '../review/review-stamp'
import { StampLine } from '../review/stamp-line'
import type { ViewState } from '../view-state/url-state'
import { useZone } from '../view-state/use-time-zone'
import { holdShortcuts, releaseShortcuts } from './early-shortcuts'
import { ResultSummary } from './result-summary'
import type { ColumnPrefsControl } from './use-column-prefs'

// The tools, their menus and the keyboard shortcuts load just after the first screen, to keep that small.
const ViewTools = lazy(() => import('./view-tools').then((module) => ({ default: module.ViewTools })))
// The custom-image quota (web/usage), shown when the view can list custom images.
const QuotaMeter = lazy(() => import('../../usage/quota-meter'))
// The instance scan's progress or trouble, while the Instances column is shown.
const ColumnScanNote = lazy(withLaterWords(() => import('../../usage/column-scan-note')))

/** A view of the region's images that can include custom ones: no type filter, or one naming them. */
const listsCustomImages = (view: ViewState) =>
  view.lookup.length === 0 && (view.filters.type.length === 0 || view.filters.type.includes('PRIVATE_IMAGE'))

/** The view's own total when it lists exactly the region's custom images, so the quota needs no count of them. */
function customTotal(view: ViewState, data: ImageRows): number | undefined {
  const [only, ...more] = filtersInForce(view)
  const exact =
    more.length === 0 &&
    only?.kind === 'api' &&
    only.chip === 'type' &&
    view.filters.type.length === 1 &&
    view.filters.type[0] === 'PRIVATE_IMAGE'
  return exact && data.rows !== undefined && !data.error ? data.total : undefined
}

interface ViewBarProps {
  view: ViewState
  region: string | null
  data: ImageRows
  prefs: ColumnPrefsControl
  table: RefObject<HTMLTableElement | null>
  /** How many images are selected, for the stamp. */
  selected: number
  /** Hides the count and the tools on a phone while the toolbar is folded (see tools-fold.tsx). */
  folded?: string
  /** The switch between the list and the views beside it. */
  nav?: ReactNode
  /** An earlier export picked in the Export menu, to compare with the view. */
  onCompare?: (file: PickedExport) => void
}

/**
 * The line above the table: the count and the sort's reach, the tools that take this view elsewhere
 * (link, tccli, export, columns), and the review stamp, which stays on screen in every state.
 */
export function ViewBar(props: ViewBarProps) {
  const { view, region, data, prefs, table, selected, folded = '', nav, onCompare } = props
  const zone = useZone()
  // Before the tools' effects run (layout effects come first), so the order holds when they arrive at once.
  useLayoutEffect(() => {
    holdShortcuts()
    return () => releaseShortcuts(false)
  }, [])
  const known = data.rows !== undefined && !data.error
  const listRegion = view.region ?? ''
  const stamp: StampInput = {
    region,
    filters: view.filters,
    lookup: view.lookup,
    total: known ? data.total : null,
    page: view.page,
    size: view.size,
    rowsOnPage: data.rows?.length ?? 0,
    sort: view.sort,
    sortScope: data.sortScope,
    fetchedAt: data.fetchedAt,
    error: data.error?.code ?? null,
    zone,
    local: view.local,
    filterScope: data.filterScope,
    scanned: data.scanned,
    selected,
  }
  // The command names the region the answer is for, the proxy's default included, and the filters it lacks.
  const cliQuery = {
    ...screenRequest(view),
    region: region ?? '',
    browserFilters: localFilterParamWords(view.local),
  }
  const job = { request: viewRequest(view, 'all'), stamp, columns: prefs.columns, pageRows: data.rows }
  // The count and the quota are the same on every page of a view: a page change leaves them as they are.
  const { total, sortScope, filterScope, progress } = data
  const summary = useMemo(
    () => (
      <ResultSummary
        total={total}
        known={known}
        sortScope={sortScope}
        filterScope={filterScope}
        progress={progress}
      />
    ),
    [total, known, sortScope, filterScope, progress],
  )
  const quotaKnown = customTotal(view, data)
  const quota = useMemo(
    () =>
      region && (
        <Suspense fallback={null}>
          <QuotaMeter region={region} listRegion={listRegion} known={quotaKnown} />
        </Suspense>
      ),
    [region, listRegion, quotaKnown],
  )
  return (
    <div className="flex flex-col gap-2">
      <div className={`flex flex-wrap items-center justify-between gap-x-4 gap-y-2 ${folded}`}>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {nav}
          {!data.error && summary}
          <RefreshControls rows={data.rows} busy={data.isFetching} />
          {listsCustomImages(view) && quota}
        </div>
        <Suspense fallback={<div className="h-8" />}>
          <ViewTools job={job} cliQuery={cliQuery} prefs={prefs} table={table} onCompare={onCompare} />
        </Suspense>
      </div>
      <StampLine input={stamp} />
      {region && prefs.columns.includes('instances') && (
        <Suspense fallback={null}>
          <ColumnScanNote region={region} />
        </Suspense>
      )}
    </div>
  )
}

import { lazy, type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { t, withLaterWords } from '../lib/i18n'
import { useControlsAbove } from './controls-above'
import { useApiView } from './data/use-api-view'
import { useImageRows } from './data/use-image-rows'
import { useRegion } from './data/use-region'
import { filtersInForce } from './filters/filters-in-force'
import type { ToolsFold } from './filters/tools-fold'
import { useSelection } from './selection/use-selection'
import { ImagesTable } from './table/images-table'
import { LinkNotice } from './table/link-notice'
import { PaginationBar, pageCount } from './table/pagination-bar'
import { EmptyState, ErrorPanel } from './table/result-states'
import { TableBox } from './table/table-box'
import { useColumnPrefs } from './table/use-column-prefs'
import { ViewBar } from './table/view-bar'
import { ViewOverlays } from './view-overlays'
import { usesFilters, ViewScreen } from './view-screens'
import { useLinkNotice } from './view-state/use-link-notice'
import { TimeZoneContext, useTimeZone } from './view-state/use-time-zone'
import { useViewState } from './view-state/use-view-state'
import { viewActions } from './view-state/view-actions'
import { useViewLinks } from './view-state/view-links'

// The selection bar loads when something is first selected.
const SelectionBar = lazy(withLaterWords(() => import('./selection/selection-bar')))

/**
 * The image browser: reads the view from the URL, picks one of loading, error, empty or data, and
 * turns every user action into a new URL. `header` places the region picker in the app's header.
 */
export function ImageBrowser({ header }: { header: (controls: ReactNode, fold: ToolsFold) => ReactNode }) {
  const { view: urlView, update } = useViewState()
  const { view, ready } = useApiView(urlView)
  const region = useRegion(view.region)
  // Without a region in the URL the proxy's default applies: the rows need not wait for /api/info.
  const listed = view.mode === 'list'
  const prefs = useColumnPrefs(view, update)
  const data = useImageRows(view, ready && listed, { columns: prefs.columns, region })
  const notice = useLinkNotice(update)
  const links = useViewLinks(urlView, update)
  const time = useTimeZone(view, update)
  const selection = useSelection(view.region, data.rows)
  const table = useRef<HTMLTableElement>(null)
  const lastPage = pageCount(data.total, view.size)
  // Once mounted, the drawer stays mounted so that closing it can hand focus back to its row.
  const [drawerMounted, setDrawerMounted] = useState(false)
  if (view.image && !drawerMounted) setDrawerMounted(true)

  // An empty result has one page, its empty state: page=5 of nothing is page 1 too.
  const pastEnd = data.rows !== undefined && view.page > lastPage

  const { notePastEnd } = notice
  useEffect(() => {
    if (!pastEnd) return
    notePastEnd(view.page, lastPage)
    update((current) => ({ ...current, page: lastPage }), { replace: true })
  }, [pastEnd, lastPage, update, notePastEnd, view.page])

  const actions = useMemo(() => viewActions(update, view.image), [update, view.image])
  const {
    clearAll,
    removeFilter,
    setSort,
    setCompare,
    setOnlyDifferences,
    openImage,
    moveImage,
    closeImage,
    compareWithExport,
  } = actions
  const above = useControlsAbove({ header, urlView, view, update, region, time, data, table, actions })
  const { fold, nav, filterBar, headerBar } = above
  const isLookup = view.lookup.length > 0

  let body: ReactNode
  if (data.error) {
    body = <ErrorPanel error={data.error} region={region} onRetry={data.retry} retrying={data.isFetching} />
  } else if (data.rows?.length === 0 && data.total === 0) {
    body = (
      <EmptyState
        isLookup={isLookup}
        filters={isLookup ? [] : filtersInForce(view)}
        onRemove={removeFilter}
        onClear={clearAll}
      />
    )
  } else {
    body = (
      <ImagesTable
        rows={data.rows}
        skeletonRows={Math.min(view.size, 14)}
        sort={view.sort}
        onSortChange={setSort}
        sortHref={(sort) => links.href((v) => ({ ...v, sort, page: 1 }))}
        onOpen={openImage}
        busy={data.isFetching}
        columns={prefs.columns}
        density={prefs.density}
        selection={selection.selection}
        onToggle={selection.toggle}
        onTogglePage={selection.setPage}
        ref={table}
      />
    )
  }

  return (
    <TimeZoneContext value={time.zone}>
      <div className="flex min-h-dvh flex-col sm:h-dvh review:h-auto">
        {headerBar}
        {!listed && (
          <>
            {usesFilters(view.mode) && (
              <section aria-label={t('filters.section')} className="flex flex-col gap-2 px-4 pt-3 pb-2">
                {filterBar}
              </section>
            )}
            <ViewScreen view={view} region={region} update={update} nav={nav} />
          </>
        )}
        {listed && (
          <>
            <section aria-label={t('filters.section')} className="flex flex-col gap-2 px-4 pt-3 pb-2">
              {filterBar}
              <ViewBar
                nav={nav}
                view={view}
                region={region}
                data={data}
                prefs={prefs}
                table={table}
                selected={selection.selection.size}
                folded={fold.folded}
                onCompare={compareWithExport}
              />
              {selection.selection.size > 0 && (
                <Suspense fallback={<div className="h-10" />}>
                  <SelectionBar
                    selection={selection.selection}
                    region={region ?? 'unknown-region'}
                    columns={prefs.columns}
                    local={view.local}
                    onCompare={setCompare}
                    onClear={selection.clear}
                  />
                </Suspense>
              )}
            </section>
            {notice.text && <LinkNotice text={notice.text} onDismiss={notice.dismiss} />}
            <TableBox busy={data.isFetching && data.rows !== undefined}>{body}</TableBox>
            {!data.error && (
              <footer className="px-4 py-2">
                <PaginationBar
                  page={Math.min(view.page, lastPage)}
                  size={view.size}
                  total={data.total}
                  rowsOnPage={data.rows?.length ?? 0}
                  known={data.rows !== undefined}
                  onPage={(page) => update((v) => ({ ...v, page }))}
                  onSize={(size) => update((v) => ({ ...v, size, page: 1 }))}
                  pageHref={(page) => links.href((v) => ({ ...v, page }))}
                  pageFields={links.fields((v) => ({ ...v, page: 1 }), ['page'])}
                />
              </footer>
            )}
            <ViewOverlays
              view={view}
              region={region}
              rows={data.rows}
              selection={selection.selection}
              drawerMounted={drawerMounted}
              onCloseImage={closeImage}
              onMoveImage={moveImage}
              onCompare={setCompare}
              onOnlyDifferences={setOnlyDifferences}
            />
          </>
        )}
      </div>
    </TimeZoneContext>
  )
}

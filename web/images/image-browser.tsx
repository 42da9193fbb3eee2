import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react'
import { t, withLaterWords } from '../lib/i18n'
import type { Image } from './data/image-model'
import { useApiView } from './data/use-api-view'
import { useImageRows } from './data/use-image-rows'
import { useRegion } from './data/use-region'
import { FilterBar } from './filters/filter-bar'
import { activeChipCount, type FilterValues, NO_FILTERS } from './filters/filter-chips'
import { RegionSelect } from './filters/region-select'
import { ImagesTable } from './table/images-table'
import { PaginationBar, pageCount } from './table/pagination-bar'
import { EmptyState, ErrorPanel } from './table/result-states'
import { useColumnPrefs } from './table/use-column-prefs'
import { ViewBar } from './table/view-bar'
import type { SortKey } from './view-state/url-state'
import { useViewState } from './view-state/use-view-state'

/** The drawer (and the dialog library under it) loads after the first screen, to keep that small. */
// The drawer's code loads when an image is first opened; the view is in the URL, so no click is lost.
const ImageDrawer = lazy(
  withLaterWords(() => import('./drawer/image-drawer').then((module) => ({ default: module.ImageDrawer }))),
)

/**
 * The image browser: reads the view from the URL, picks one of loading, error, empty or data, and
 * turns every user action into a new URL. `header` places the region picker in the app's header.
 */
export function ImageBrowser({ header }: { header: (controls: ReactNode) => ReactNode }) {
  const { view: urlView, update } = useViewState()
  const { view, ready } = useApiView(urlView)
  const region = useRegion(view.region)
  // Without a region in the URL the proxy's default applies: the rows need not wait for /api/info.
  const data = useImageRows(view, ready)
  const prefs = useColumnPrefs(view, update)
  const table = useRef<HTMLTableElement>(null)
  const lastPage = pageCount(data.total, view.size)
  // Once mounted, the drawer stays mounted so that closing it can hand focus back to its row.
  const [drawerMounted, setDrawerMounted] = useState(false)
  if (view.image && !drawerMounted) setDrawerMounted(true)

  const pastEnd = data.rows !== undefined && data.total > 0 && view.page > lastPage

  useEffect(() => {
    if (pastEnd) update((current) => ({ ...current, page: lastPage }), { replace: true })
  }, [pastEnd, lastPage, update])

  const setFilters = (filters: FilterValues) => update((v) => ({ ...v, filters, page: 1 }))
  const setLookup = (lookup: string[]) => update((v) => ({ ...v, lookup, page: 1 }))
  const clearAll = () => update((v) => ({ ...v, filters: NO_FILTERS, lookup: [], page: 1 }))
  const setSort = (sort: SortKey[]) => update((v) => ({ ...v, sort, page: 1 }))
  const openImage = (image: Image) => update((v) => ({ ...v, image: image.id }))
  const isLookup = view.lookup.length > 0
  const hasFilters = activeChipCount(view.filters) > 0

  let body: ReactNode
  if (data.error) {
    body = <ErrorPanel error={data.error} onRetry={data.retry} retrying={data.isFetching} />
  } else if (data.rows?.length === 0 && data.total === 0) {
    body = <EmptyState isLookup={isLookup} hasFilters={hasFilters} onClear={clearAll} />
  } else {
    body = (
      <ImagesTable
        rows={data.rows}
        skeletonRows={Math.min(view.size, 14)}
        sort={view.sort}
        onSortChange={setSort}
        onOpen={openImage}
        busy={data.isFetching}
        columns={prefs.columns}
        density={prefs.density}
        ref={table}
      />
    )
  }

  return (
    <div className="flex h-dvh flex-col review:h-auto">
      {header(
        <RegionSelect
          region={region}
          onChange={(next) => update((v) => ({ ...v, region: next, page: 1, image: null }))}
        />,
      )}
      <section aria-label={t('filters.section')} className="flex flex-col gap-2 px-4 pt-3 pb-2">
        <FilterBar
          filters={view.filters}
          lookup={view.lookup}
          notFound={data.notFound}
          onFilters={setFilters}
          onLookup={setLookup}
          onClear={clearAll}
        />
        <ViewBar view={view} region={region} data={data} prefs={prefs} table={table} />
      </section>
      <main className="relative min-h-0 flex-1 overflow-auto border-y border-neutral-200 dark:border-neutral-800">
        {data.isFetching && data.rows !== undefined && (
          <div
            className="sticky top-0 left-0 z-20 -mb-0.5 h-0.5 w-full animate-pulse bg-blue-500"
            aria-hidden="true"
          />
        )}
        {body}
      </main>
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
          />
        </footer>
      )}
      {drawerMounted && (
        <Suspense fallback={null}>
          <ImageDrawer
            imageId={view.image}
            view={view}
            known={data.rows}
            onClose={() => update((v) => ({ ...v, image: null }))}
          />
        </Suspense>
      )}
    </div>
  )
}

import { type ReactNode, type RefObject, useCallback, useMemo } from 'react'
import type { TimeZone } from '../lib/format'
import type { ImageRows } from './data/use-image-rows'
import { FilterBar } from './filters/filter-bar'
import { RegionSelect } from './filters/region-select'
import { TimeZoneSelect } from './filters/time-zone-select'
import { type ToolsFold, useToolsFold } from './filters/tools-fold'
import { useKeyed, usePageOne, usePageOneLinks, useStableHandler } from './page-independent'
import { focusTable } from './table/table-rows'
import { ViewModeNav } from './view-mode-nav'
import type { TimeZoneChoice, ViewState } from './view-state/url-state'
import { type UpdateOptions, useOpeningSearch, type ViewUpdate } from './view-state/use-view-state'
import type { viewActions } from './view-state/view-actions'

interface ControlsAboveInput {
  header: (controls: ReactNode, fold: ToolsFold) => ReactNode
  urlView: ViewState
  view: ViewState
  update: (change: ViewUpdate, options?: UpdateOptions) => void
  region: string | null
  time: { zone: TimeZone; local: TimeZone; choice: TimeZoneChoice; choose: (next: TimeZoneChoice) => void }
  data: Pick<ImageRows, 'filterScope' | 'scanned' | 'notFound'>
  table: RefObject<HTMLTableElement | null>
  actions: ReturnType<typeof viewActions>
}

/**
 * The header's controls, the filter bar and the view switch, each one element that stays the same object while
 * only the page changes: React then skips them, and a page change renders the table and the pager alone.
 * Every link they hold goes back to page 1, so building them from the view on page 1 changes nothing.
 */
export function useControlsAbove(input: ControlsAboveInput) {
  const { header, update, region, time, data, table, actions } = input
  const links = usePageOneLinks(input.urlView, update, useOpeningSearch())
  const view = usePageOne(input.view)
  const chooseZone = useStableHandler(time.choose)
  const rawFold = useToolsFold()
  const fold = useKeyed(rawFold, rawFold.folded)
  const notFound = useKeyed(data.notFound, data.notFound.join('\n'))
  const { filterScope, scanned } = data
  const { setLocal, setFilters, setLookup, clearAll } = actions
  const onLeaveSearch = useCallback(() => focusTable(table.current), [table])
  const onRegion = useCallback(
    (next: string) => update((v) => ({ ...v, region: next, page: 1, image: null })),
    [update],
  )
  const nav = useMemo(() => <ViewModeNav view={view} update={update} />, [view, update])
  const filterBar = useMemo(
    () => (
      <FilterBar
        filters={view.filters}
        local={view.local}
        onLocal={setLocal}
        filterScope={filterScope}
        scanned={scanned}
        lookup={view.lookup}
        notFound={notFound}
        onFilters={setFilters}
        onLookup={setLookup}
        onClear={clearAll}
        onLeaveSearch={onLeaveSearch}
        folded={fold.folded}
        links={links}
      />
    ),
    [
      view,
      setLocal,
      filterScope,
      scanned,
      notFound,
      setFilters,
      setLookup,
      clearAll,
      onLeaveSearch,
      fold,
      links,
    ],
  )
  const headerBar = useMemo(
    () =>
      header(
        <>
          <RegionSelect
            region={region}
            fields={links.fields((v) => ({ ...v, page: 1, image: null }), ['region'])}
            onChange={onRegion}
          />
          <TimeZoneSelect choice={time.choice} local={time.local} onChange={chooseZone} />
        </>,
        fold,
      ),
    [header, region, links, onRegion, time.choice, time.local, chooseZone, fold],
  )
  return { fold, nav, filterBar, headerBar }
}

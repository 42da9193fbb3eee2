import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { ApiError } from '../../lib/api-error'
import { useLanguage } from '../../lib/i18n'
import { applyLocalFilters, hasLocalFilters } from '../local-filters/local-filters'
import type { SortKey, ViewState } from '../view-state/url-state'
import type { Image, ImageField } from './image-model'
import { describeImagesQuery } from './images-query'
import { useUsageCounts, withUsage } from './region-usage'
import { type FilterScope, rowSource, type SortScope } from './row-source'
import { sortImages } from './sort-images'
import { type LoadProgress, useAllImages } from './use-all-images'
import { viewRequest } from './view-request'

export interface ImageRows {
  /** The rows of the current page; undefined until the first answer. */
  rows: Image[] | undefined
  total: number
  sortScope: SortScope
  /** How far the browser-side filters reach; 'none' without any. */
  filterScope: FilterScope
  /** How many images the browser-side filters ran over (every result, or the page). */
  scanned: number
  progress: LoadProgress | null
  /** Looked-up IDs the API did not return. */
  notFound: string[]
  error: ApiError | null
  /** When the rows on screen were fetched from the proxy; null while they are being fetched. */
  fetchedAt: number | null
  isFetching: boolean
  retry: () => void
}

const NO_IMAGES: Image[] = []

/** What the Instances column needs: whether it shows, and the region resolved (the proxy's default named). */
export interface UsageInput {
  columns: readonly ImageField[]
  region: string | null
}

const sortsBy = (sort: readonly SortKey[], field: ImageField) => sort.some((key) => key.field === field)

/**
 * The rows of a view, from the source rowSource picks: the page from the API (the next one prefetched),
 * every result sorted and paged here, or one ID lookup. `ready` false holds every request back.
 */
export function useImageRows(view: ViewState, ready: boolean, usage: UsageInput): ImageRows {
  const queryClient = useQueryClient()
  // Types and states sort by the words on screen, so a new language can reorder the rows.
  const language = useLanguage()
  const { region, filters, lookup, page, size, sort, local: localFilters } = view
  const isLookup = lookup.length > 0
  const isSorted = sort.length > 0
  const isFiltered = hasLocalFilters(localFilters)
  const pageRequest = useMemo(
    () => viewRequest({ region, filters, lookup, page, size }, 'page'),
    [region, filters, lookup, page, size],
  )
  const wholeRequest = useMemo(
    () => viewRequest({ region, filters, lookup, page, size }, 'all'),
    [region, filters, lookup, page, size],
  )
  const { offset } = pageRequest

  // Instance counts join in when the view shows or sorts by them; the scan starts with the first such view.
  const counts = useUsageCounts(
    usage.region,
    ready && (usage.columns.includes('instances') || sortsBy(sort, 'instances')),
  )
  const all = useAllImages(wholeRequest, ready && !isLookup && (isSorted || isFiltered))
  const allImages = useMemo(
    () => (all.data?.kind === 'complete' ? withUsage(all.data.images, counts) : undefined),
    [all.data, counts],
  )
  const lookupQuery = useQuery({
    ...describeImagesQuery(wholeRequest),
    enabled: ready && isLookup,
    placeholderData: keepPreviousData,
  })
  const pageQuery = useQuery({
    ...describeImagesQuery(pageRequest),
    enabled: ready && !isLookup && allImages === undefined,
    placeholderData: keepPreviousData,
  })

  const nextOffset = offset + size
  const pageTotal = pageQuery.data?.totalCount ?? 0
  useEffect(() => {
    if (!ready || isLookup || isSorted || isFiltered || nextOffset >= pageTotal) return
    // In a task of its own: the click that shows a page does not also wait for the next one's request to start.
    const timer = setTimeout(() => {
      void queryClient.prefetchQuery(describeImagesQuery({ ...pageRequest, offset: nextOffset }))
    }, 0)
    return () => clearTimeout(timer)
  }, [queryClient, ready, isLookup, isSorted, isFiltered, nextOffset, pageTotal, pageRequest])

  const choice = rowSource({
    isLookup,
    isSorted,
    isFiltered,
    lookupLoaded: lookupQuery.data !== undefined,
    all: all.data?.kind,
  })
  const lookedUp = useMemo(
    () => lookupQuery.data && withUsage(lookupQuery.data.images, counts),
    [lookupQuery.data, counts],
  )
  const local = choice.rows === 'lookup' ? lookedUp : allImages
  const sorted = useMemo(
    () => (local ? sortImages(applyLocalFilters(local, localFilters), sort, language) : undefined),
    [local, localFilters, sort, language],
  )
  const pageRows = useMemo(
    () =>
      pageQuery.data
        ? sortImages(
            applyLocalFilters(withUsage(pageQuery.data.images, counts), localFilters),
            sort,
            language,
          )
        : undefined,
    [pageQuery.data, counts, localFilters, sort, language],
  )
  const notFound = useMemo(() => {
    const found = new Set((lookupQuery.data?.images ?? NO_IMAGES).map((image) => image.id))
    return lookupQuery.data ? lookup.filter((id) => !found.has(id)) : []
  }, [lookupQuery.data, lookup])

  const queries = { lookup: lookupQuery, all, page: pageQuery }
  const active = choice.active.map((source) => queries[source])
  const stamped = queries[choice.stamped]
  const failed = active.find((query) => query.error)
  const loadingAll = choice.sortScope === 'loading' || choice.filterScope === 'loading'
  const fresh = !stamped.isPlaceholderData && stamped.dataUpdatedAt !== 0 && !loadingAll
  return {
    rows: choice.rows === 'page' ? pageRows : sorted?.slice(offset, offset + size),
    total: choice.rows === 'page' ? pageTotal : (sorted?.length ?? 0),
    sortScope: choice.sortScope,
    filterScope: choice.filterScope,
    scanned: choice.rows === 'page' ? (pageQuery.data?.images.length ?? 0) : (local?.length ?? 0),
    progress: all.isFetching ? all.progress : null,
    notFound,
    error: failed?.error ?? null,
    // While every page loads for a sort, the rows on screen are not yet the ones the view asks for.
    fetchedAt: fresh ? stamped.dataUpdatedAt : null,
    isFetching: active.some((query) => query.isFetching),
    retry: () => {
      for (const query of active) if (query.error) void query.refetch()
    },
  }
}

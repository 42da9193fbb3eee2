import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { MAX_LIMIT } from '../../../core/describe-images'
import type { ApiError } from '../../lib/api-error'
import { toDescribeRequest } from '../filters/filter-chips'
import type { ViewState } from '../view-state/url-state'
import type { Image } from './image-model'
import { describeImagesQuery } from './images-query'
import { sortImages } from './sort-images'
import { type LoadProgress, useAllImages } from './use-all-images'

/** How the rows on screen were ordered: API order, across every result, or within this page only. */
export type SortScope = 'none' | 'all' | 'page' | 'loading'

export interface ImageRows {
  /** The rows of the current page; undefined until the first answer. */
  rows: Image[] | undefined
  total: number
  offset: number
  sortScope: SortScope
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

/**
 * The DescribeImages call for the page a view shows, when it comes straight from the API (no sort, no ID
 * lookup); `region` '' leaves Region to the proxy's default.
 */
export function pageRequestFor(
  view: Pick<ViewState, 'filters' | 'lookup' | 'page' | 'size'>,
  region: string,
) {
  return toDescribeRequest(region, view.filters, view.lookup, (view.page - 1) * view.size, view.size)
}

/**
 * Picks where the rows come from. Without a sort, pages come straight from the API by Offset/Limit
 * (the next one prefetched). With a sort, or for an ID lookup, every result is loaded and sorted and
 * paged here, because DescribeImages cannot sort.
 */
export function useImageRows(view: ViewState, region: string | null): ImageRows {
  const queryClient = useQueryClient()
  const { filters, lookup, page, size, sort } = view
  const isLookup = lookup.length > 0
  const pageRequest = useMemo(
    () => pageRequestFor({ filters, lookup, page, size }, region ?? ''),
    [region, filters, lookup, page, size],
  )
  const { offset } = pageRequest
  const lookupRequest = { ...pageRequest, offset: 0, limit: MAX_LIMIT }

  const all = useAllImages(pageRequest, region !== null && !isLookup && sort.length > 0)
  const allImages = all.data?.kind === 'complete' ? all.data.images : undefined
  const lookupQuery = useQuery({
    ...describeImagesQuery(lookupRequest),
    enabled: region !== null && isLookup,
    placeholderData: keepPreviousData,
  })
  const pageQuery = useQuery({
    ...describeImagesQuery(pageRequest),
    enabled: region !== null && !isLookup && allImages === undefined,
    placeholderData: keepPreviousData,
  })

  const nextOffset = offset + size
  const pageTotal = pageQuery.data?.totalCount ?? 0
  useEffect(() => {
    if (region === null || isLookup || sort.length > 0 || nextOffset >= pageTotal) return
    void queryClient.prefetchQuery(describeImagesQuery({ ...pageRequest, offset: nextOffset }))
  }, [queryClient, region, isLookup, sort.length, nextOffset, pageTotal, pageRequest])

  const local = isLookup ? lookupQuery.data?.images : allImages
  const sorted = useMemo(() => (local ? sortImages(local, sort) : undefined), [local, sort])
  const pageRows = useMemo(
    () => (pageQuery.data ? sortImages(pageQuery.data.images, sort) : undefined),
    [pageQuery.data, sort],
  )
  const notFound = useMemo(() => {
    const found = new Set((lookupQuery.data?.images ?? NO_IMAGES).map((image) => image.id))
    return lookupQuery.data ? lookup.filter((id) => !found.has(id)) : []
  }, [lookupQuery.data, lookup])

  const active = isLookup ? [lookupQuery] : sort.length > 0 ? [all, pageQuery] : [pageQuery]
  const failed = active.find((query) => query.error)
  const shown = isLookup ? lookupQuery : sorted ? all : pageQuery
  const common = {
    fetchedAt: shown.isPlaceholderData || shown.dataUpdatedAt === 0 ? null : shown.dataUpdatedAt,
    offset,
    progress: all.isFetching ? all.progress : null,
    notFound,
    error: (failed?.error as ApiError | undefined) ?? null,
    isFetching: active.some((query) => query.isFetching),
    retry: () => {
      for (const query of active) if (query.error) void query.refetch()
    },
  }
  if (sorted) {
    return {
      ...common,
      rows: sorted.slice(offset, offset + size),
      total: sorted.length,
      sortScope: sort.length > 0 ? 'all' : 'none',
    }
  }
  const scope: SortScope = sort.length === 0 ? 'none' : all.data?.kind === 'too-many' ? 'page' : 'loading'
  // While every page loads for a sort, the rows on screen are not yet the ones the view asks for.
  const fetchedAt = scope === 'loading' ? null : common.fetchedAt
  return { ...common, rows: pageRows, total: pageTotal, sortScope: scope, fetchedAt }
}

import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { formatDescribeImagesParams } from '../../core/describe-images'
import { ANSWER_FRESH_MS } from '../../core/freshness'
import {
  type AllImages,
  applyLocalFilters,
  type Image,
  type LoadProgress,
  loadAllCached,
  SORT_ALL_CAP,
  type ViewState,
  viewRequest,
} from '../images/public'
import type { ApiError } from '../lib/api-error'

export interface SummaryImages {
  /** The images counted: the loaded ones the browser-side filters keep; undefined until loaded. */
  images: Image[] | undefined
  /** How many the API's filters give, and how many of them were loaded (all, or the first SORT_ALL_CAP). */
  total: number
  loaded: number
  progress: LoadProgress | null
  fetchedAt: number | null
  error: ApiError | null
  isFetching: boolean
  retry: () => void
}

/**
 * Every image of the view's filters, loaded as a sort loads them (through the query cache, so the list's
 * pages serve here too); above the sort's cap, the first SORT_ALL_CAP of them. The browser-side filters
 * then apply, as on the list.
 */
export function useSummaryImages(view: ViewState, enabled: boolean): SummaryImages {
  const client = useQueryClient()
  const [progress, setProgress] = useState<LoadProgress | null>(null)
  const { region, filters, lookup, page, size } = view
  const request = useMemo(
    () => viewRequest({ region, filters, lookup, page, size }, 'all'),
    [region, filters, lookup, page, size],
  )
  const query = useQuery({
    // Under DescribeImages:all, so that Refresh reloads it with the list's.
    queryKey: ['DescribeImages:all', formatDescribeImagesParams(request), 'summary'],
    queryFn: async (): Promise<AllImages & { kind: 'complete' }> => {
      const onProgress = (done: number, total: number) => setProgress({ loaded: done, total })
      const all = await loadAllCached(client, request, { onProgress })
      if (all.kind === 'complete') return all
      // With `take` there is no cap: the answer is always complete.
      const first = (await loadAllCached(client, request, {
        onProgress,
        take: SORT_ALL_CAP,
      })) as AllImages & {
        kind: 'complete'
      }
      return { ...first, totalCount: all.totalCount }
    },
    enabled,
    staleTime: ANSWER_FRESH_MS,
  })
  const data = query.data
  const images = useMemo(() => data && applyLocalFilters(data.images, view.local), [data, view.local])
  return {
    images,
    total: data?.totalCount ?? 0,
    loaded: data?.images.length ?? 0,
    progress: query.isFetching ? progress : null,
    fetchedAt: data && !query.isFetching ? query.dataUpdatedAt : null,
    error: query.error as ApiError | null,
    isFetching: query.isFetching,
    retry: () => void query.refetch(),
  }
}

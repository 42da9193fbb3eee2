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

type Complete = AllImages & { kind: 'complete' }

/**
 * Every image of a result, or above the sort's cap its first SORT_ALL_CAP (with the result's total), as the
 * list's sort would have them. `load` loads every page, or with `take` the first ones only (no cap then).
 */
export async function loadSummaryImages(load: (take?: number) => Promise<AllImages>): Promise<Complete> {
  const all = await load()
  if (all.kind === 'complete') return all
  const first = (await load(SORT_ALL_CAP)) as Complete
  return { ...first, totalCount: all.totalCount }
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
    queryFn: () =>
      loadSummaryImages((take) =>
        loadAllCached(client, request, {
          onProgress: (done, total) => setProgress({ loaded: done, total }),
          take,
        }),
      ),
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

import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { formatDescribeImagesParams } from '../../../core/describe-images'
import type { DescribeImagesV3Request } from '../../../core/describe-images-v3'
import { ANSWER_FRESH_MS } from '../../../core/freshness'
import { loadAllCached } from './images-query'

export interface LoadProgress {
  loaded: number
  total: number
}

/**
 * Every result of a filter (offset and limit of `request` are ignored), for sorting across pages and,
 * later, for export. Pages go through the query cache, so pages already seen are not fetched again.
 */
export function useAllImages(request: DescribeImagesV3Request, enabled: boolean) {
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<LoadProgress | null>(null)
  const base = { ...request, offset: 0, limit: 0 }
  const query = useQuery({
    queryKey: ['DescribeImages:all', formatDescribeImagesParams(base)],
    queryFn: () =>
      loadAllCached(queryClient, base, { onProgress: (loaded, total) => setProgress({ loaded, total }) }),
    enabled,
    staleTime: ANSWER_FRESH_MS,
  })
  return { ...query, progress }
}

import { queryOptions } from '@tanstack/react-query'
import { ANSWER_FRESH_MS } from '../../core/freshness'
import { isRecord } from '../../core/json'
import { getJson } from '../lib/api-client'
import { takeFresh } from '../lib/fresh-queries'

/**
 * How many custom images the account may hold in the region (DescribeImageQuota, API 3.0 only). A module of its
 * own: the quota meter is on the first screen and loads nothing it does not need.
 */
export function quotaQuery(region: string) {
  const queryKey = ['DescribeImageQuota', region] as const
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => {
      const body = await getJson('/api/DescribeImageQuota', [['Region', region]], signal, {
        fresh: takeFresh(queryKey),
      })
      const response = isRecord(body) && isRecord(body.Response) ? body.Response : {}
      return typeof response.ImageNumQuota === 'number' ? response.ImageNumQuota : null
    },
    staleTime: ANSWER_FRESH_MS,
    retry: false,
  })
}

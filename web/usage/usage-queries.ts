import { queryOptions, useQuery } from '@tanstack/react-query'
import { ANSWER_FRESH_MS } from '../../core/freshness'
import { isRecord } from '../../core/json'
import { instanceScanQuery } from '../images/public'
import { getJson } from '../lib/api-client'
import { takeFresh } from '../lib/fresh-queries'

export function useInstanceScan(region: string | null, enabled = true) {
  return useQuery({ ...instanceScanQuery(region ?? ''), enabled: enabled && region !== null })
}

export interface SharedAccount {
  accountId: string
  /** As Tencent sends it; '' when absent. */
  since: string
}

export function normalizeSharing(body: unknown): SharedAccount[] {
  const response = isRecord(body) && isRecord(body.Response) ? body.Response : {}
  const set = Array.isArray(response.SharePermissionSet) ? response.SharePermissionSet : []
  return set.filter(isRecord).map((item) => ({
    accountId: String(item.AccountId ?? ''),
    since: typeof item.CreatedTime === 'string' ? item.CreatedTime : '',
  }))
}

/** The accounts one custom image is shared with (DescribeImageSharePermission, 10 calls a second). */
export function sharingQuery(region: string, imageId: string) {
  const queryKey = ['DescribeImageSharePermission', region, imageId] as const
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => {
      const params: [string, string][] = [
        ['Region', region],
        ['ImageId', imageId],
      ]
      const fresh = takeFresh(queryKey)
      return normalizeSharing(await getJson('/api/DescribeImageSharePermission', params, signal, { fresh }))
    },
    staleTime: ANSWER_FRESH_MS,
    retry: false,
  })
}

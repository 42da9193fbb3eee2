import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { ANSWER_FRESH_MS } from '../../../core/freshness'
import type { Image } from './image-model'

/**
 * The scan of a region's instances (web/usage/scan-region.ts), keyed here so that the list's Instances
 * column, its exports, the drawer and the cleanup review share one scan per region. Its code loads on first use.
 */
export function instanceScanQuery(region: string) {
  const queryKey = ['DescribeInstances:scan', region] as const
  return queryOptions({
    queryKey,
    queryFn: async () => (await import('../../usage/scan-region')).scanRegion(region, queryKey),
    staleTime: ANSWER_FRESH_MS,
    retry: false,
  })
}

export type UsageCounts = ReadonlyMap<string, number>

/** How many of `instances` run each image, by image ID. */
export function countByImage(instances: readonly { imageId: string }[]): UsageCounts {
  const counts = new Map<string, number>()
  for (const { imageId } of instances) counts.set(imageId, (counts.get(imageId) ?? 0) + 1)
  return counts
}

/** Each image's instance count in the region, once its scan is done; undefined until then (or when disabled). */
export function useUsageCounts(region: string | null, enabled: boolean): UsageCounts | undefined {
  const scan = useQuery({ ...instanceScanQuery(region ?? ''), enabled: enabled && region !== null })
  return useMemo(() => (scan.data ? countByImage(scan.data.instances) : undefined), [scan.data])
}

/** The counts for an export: the scan held in the cache, or a scan now. */
export async function fetchUsageCounts(client: QueryClient, region: string): Promise<UsageCounts> {
  return countByImage((await client.fetchQuery(instanceScanQuery(region))).instances)
}

/** The images with their instance counts joined in (0 for an image no instance runs). */
export function withUsage(images: readonly Image[], counts: UsageCounts | undefined): Image[] {
  if (!counts) return images as Image[]
  return images.map((image) => ({ ...image, instances: counts.get(image.id) ?? 0 }))
}

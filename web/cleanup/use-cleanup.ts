import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { ANSWER_FRESH_MS } from '../../core/freshness'
import { countByImage, type Image, useAllImages, useApi } from '../images/public'
import { useInstanceScan } from '../usage/usage-queries'
import { checkSharing } from './sharing-check'
import {
  type CleanupFacts,
  type CleanupImage,
  type Decision,
  decide,
  needSharing,
  newestInFamilies,
} from './verdict'

export interface CleanupRow {
  image: Image
  decision: Decision
  /** null: not known (no complete scan). */
  instances: number | null
  /** null: not read (not needed, or it failed). */
  shared: number | null
}

const asCleanupImage = (image: Image): CleanupImage => ({
  id: image.id,
  createdTime: image.createdTime,
  family: image.family ?? '',
})

/**
 * Everything the review reads, in order: every custom image of the region, the region's instance scan, then
 * the sharing of each image nothing else keeps; and the verdicts those facts allow.
 */
export function useCleanup(region: string | null, olderThanDays: number, now: number) {
  const client = useQueryClient()
  const family = useApi() ?? 'v3'
  const request = {
    region: region ?? '',
    imageIds: [],
    filters: [{ name: 'image-type' as const, values: ['PRIVATE_IMAGE'] }],
    offset: 0,
    limit: 100,
  }
  const customs = useAllImages(request, region !== null)
  const scan = useInstanceScan(region)
  const images = customs.data?.kind === 'complete' ? customs.data.images : undefined
  // A scan cut short is no answer to "does anything run this image".
  const usage = useMemo(() => (scan.data?.complete ? countByImage(scan.data.instances) : null), [scan.data])
  const asked = useMemo(
    () =>
      images && usage
        ? needSharing(images.map(asCleanupImage), { usage, olderThanDays, now })
            .map((image) => image.id)
            .sort()
        : [],
    [images, usage, olderThanDays, now],
  )
  const [checked, setChecked] = useState(0)
  const sharing = useQuery({
    // Keyed as a DescribeImageSharePermission answer, so a Refresh marks it (and its parts) to be read again.
    queryKey: ['DescribeImageSharePermission:many', region, asked],
    queryFn: () => checkSharing({ client, region: region ?? '', ids: asked, family, onProgress: setChecked }),
    enabled: region !== null && images !== undefined && usage !== null,
    staleTime: ANSWER_FRESH_MS,
  })
  const rows = useMemo((): CleanupRow[] | undefined => {
    if (!images || scan.isPending || (usage !== null && !sharing.data)) return undefined
    const facts: CleanupFacts = { usage, sharing: sharing.data?.counts ?? new Map(), olderThanDays, now }
    const newest = newestInFamilies(images.map(asCleanupImage))
    return images.map((image) => ({
      image,
      decision: decide(asCleanupImage(image), facts, newest),
      instances: usage ? (usage.get(image.id) ?? 0) : null,
      shared: sharing.data?.counts.get(image.id) ?? null,
    }))
  }, [images, scan.isPending, usage, sharing.data, olderThanDays, now])
  return {
    rows,
    customs,
    scan,
    sharing: sharing.data,
    sharingProgress: sharing.isFetching ? { checked, total: asked.length } : null,
  }
}

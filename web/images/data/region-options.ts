import { useQuery } from '@tanstack/react-query'
import { parseRegionSet, type RegionRow } from '../../../core/describe-regions'
import { knownRegion, REGIONS } from '../../../core/regions'
import { getJson } from '../../lib/api-client'
import { t } from '../../lib/i18n'
import type { Api } from './images-query'
import { regionLabel } from './region-label'

/** One choice of the region picker. */
export interface RegionOption {
  id: string
  /** "Guangzhou (ap-guangzhou)", 华南地区(广州); a region the built-in list does not know keeps Tencent's name. */
  label: string
}

const option = (id: string, name?: string): RegionOption => ({
  id,
  label: knownRegion(id) || !name ? regionLabel(id) : `${name} (${id})`,
})

/**
 * The picker's regions: the built-in ones in their usual order, then those only the live list has (Tencent
 * adds regions), in its order. Regions DescribeRegions says are not available are left out, and the region
 * on screen is always there, even one nobody lists, shown as it is and never as another region.
 */
export function regionOptions(live: readonly RegionRow[] | null, current: string | null): RegionOption[] {
  const available = live?.filter((row) => row.RegionState === 'AVAILABLE') ?? null
  const liveIds = new Set(available?.map((row) => row.Region))
  const builtIn = REGIONS.filter((region) => !available || liveIds.has(region.id)).map((region) =>
    option(region.id),
  )
  const added = (available ?? [])
    .filter((row) => !knownRegion(row.Region))
    .map((row) => option(row.Region, row.RegionName))
  const options = [...builtIn, ...added]
  if (current && !options.some((choice) => choice.id === current)) {
    options.push({ id: current, label: t('region.notListed', { id: current }) })
  }
  return options
}

/** GET /api/regions: the proxy's DescribeRegions answer, kept an hour there, so once per page here. */
export const regionsQuery = {
  queryKey: ['regions'],
  queryFn: async ({ signal }: { signal?: AbortSignal }) => {
    const body = await getJson('/api/regions', [], signal)
    const response =
      typeof body === 'object' && body !== null ? (body as { Response?: unknown }).Response : null
    return parseRegionSet(response)
  },
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
} as const

/** In 3.0 mode the live list; the built-in one in legacy mode, while it loads, and if it fails. */
export function useRegionOptions(api: Api | null, current: string | null): RegionOption[] {
  const live = useQuery({ ...regionsQuery, enabled: api === 'v3' })
  return regionOptions(api === 'v3' ? (live.data ?? null) : null, current)
}

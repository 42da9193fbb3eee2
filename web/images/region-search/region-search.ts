/**
 * Looks for image IDs in every region: one DescribeImages by ImageIds per region, a few regions at a time,
 * so the proxy's upstream limits (requests in flight and per second) are never the ones that push back.
 */

/** Regions asked at once; the proxy allows more, which leaves room for the rest of the screen. */
export const REGION_CONCURRENCY = 3

export interface RegionSearchProgress {
  done: number
  total: number
}

export interface RegionSearchResult {
  /** Each ID that was found, with the regions it was found in, in the order the regions were given. */
  found: { id: string; regions: string[] }[]
  /** IDs no region has. */
  missing: string[]
  /** Regions whose answer was an error, with its code. */
  failed: { region: string; code: string }[]
}

export interface RegionSearchOptions {
  regions: readonly string[]
  ids: readonly string[]
  /** The IDs among `ids` that `region` has. */
  find: (region: string) => Promise<string[]>
  onProgress?: (progress: RegionSearchProgress) => void
  concurrency?: number
  /** Stops handing out regions (those under way finish). */
  signal?: AbortSignal
}

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'Error'

export async function searchRegions(options: RegionSearchOptions): Promise<RegionSearchResult> {
  const { regions, ids, find, onProgress, concurrency = REGION_CONCURRENCY, signal } = options
  const hits: string[][] = regions.map(() => [])
  const failed: (string | null)[] = regions.map(() => null)
  let next = 0
  let done = 0
  async function worker() {
    while (next < regions.length && !signal?.aborted) {
      const index = next++
      try {
        hits[index] = await find(regions[index] as string)
      } catch (error) {
        failed[index] = codeOf(error)
      }
      done++
      onProgress?.({ done, total: regions.length })
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, regions.length) }, worker))
  const found = ids
    .map((id) => ({ id, regions: regions.filter((_, index) => hits[index]?.includes(id)) }))
    .filter((entry) => entry.regions.length > 0)
  return {
    found,
    missing: ids.filter((id) => !found.some((entry) => entry.id === id)),
    failed: regions.flatMap((region, index) => {
      const code = failed[index]
      return code ? [{ region, code }] : []
    }),
  }
}

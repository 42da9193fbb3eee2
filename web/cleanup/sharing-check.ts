import type { QueryClient } from '@tanstack/react-query'
import type { ApiError } from '../lib/api-error'
import { isDenied } from '../usage/action-problem'
import { sharingQuery } from '../usage/usage-queries'

/** Tencent allows DescribeImageSharePermission 10 calls a second; the proxy paces them, a few in flight. */
const CONCURRENCY = 4

export interface SharingCheck {
  /** Account counts by image ID, for each image whose sharing was read. */
  counts: Map<string, number>
  /** Set when the keys may not read sharing at all: the rest were not asked. */
  denied: ApiError | null
  /** The last other failure, when some images could not be read. */
  failed: ApiError | null
}

/**
 * The sharing of each image (through the query cache, so the drawer's answers serve here and the other way
 * round); a permission refusal stops the check, since every other call would be refused the same way.
 */
export async function checkSharing(options: {
  client: QueryClient
  region: string
  ids: readonly string[]
  family: 'legacy' | 'v3'
  onProgress: (checked: number) => void
  /** Aborted when nobody waits for this check any more (the threshold changed): no further call starts. */
  signal?: AbortSignal
}): Promise<SharingCheck> {
  const { client, region, ids, family, onProgress, signal } = options
  const result: SharingCheck = { counts: new Map(), denied: null, failed: null }
  let next = 0
  let checked = 0
  async function worker() {
    while (next < ids.length && !result.denied && !signal?.aborted) {
      const id = ids[next++] as string
      try {
        const accounts = await client.fetchQuery(sharingQuery(region, id))
        result.counts.set(id, accounts.length)
      } catch (error) {
        const apiError = error as ApiError
        if (isDenied(apiError, family)) result.denied = apiError
        else result.failed = apiError
      }
      onProgress(++checked)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker))
  return result
}

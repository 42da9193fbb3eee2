/**
 * The scan of one region's instances through the proxy, page by page, with its progress for every screen that
 * waits on it. Loaded on first use by web/images/data/region-usage.ts (which keys and caches it): it must not
 * import web/images, or the lazy import would close a cycle.
 */
import type { QueryKey } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { getJson } from '../lib/api-client'
import { takeFresh } from '../lib/fresh-queries'
import { type InstanceScan, normalizeInstances, scanInstances } from './instance-scan'

export interface ScanProgress {
  scanned: number
  total: number
}

const progress = new Map<string, ScanProgress>()
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function setProgress(region: string, value: ScanProgress) {
  progress.set(region, value)
  for (const listener of listeners) listener()
}

/** How far the region's current (or last) scan got. */
export function useScanProgress(region: string): ScanProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(region) ?? null,
    () => null,
  )
}

/** Every instance of the region, each page one DescribeInstances call that the proxy caches (and shares). */
export function scanRegion(region: string, key: QueryKey): Promise<InstanceScan> {
  // After a Refresh, every page goes past the proxy's cache.
  const fresh = takeFresh(key)
  setProgress(region, { scanned: 0, total: 0 })
  return scanInstances({
    fetchPage: async (offset, limit) => {
      const params: [string, string][] = [
        ['Region', region],
        ['Offset', String(offset)],
        ['Limit', String(limit)],
      ]
      return normalizeInstances(await getJson('/api/DescribeInstances', params, undefined, { fresh }))
    },
    onProgress: (scanned, total) => setProgress(region, { scanned, total }),
  })
}

import { MAX_LIMIT } from '../../../core/describe-images'
import { fetchRemainingPages, uniqueById } from '../../lib/paged'
import type { Image, ImagePage } from './image-model'

/**
 * Above this many results the app does not load everything to sort; it sorts the page and says so. About
 * 5,000 images, with room for the public and shared ones a region lists besides an account's own 5,000.
 */
export const SORT_ALL_CAP = 6000
// A browser opens six connections per host; past that the proxy's upstream caps (8 at once, 25/s) set the pace.
const CONCURRENCY = 6

export type AllImages =
  | { kind: 'complete'; images: Image[]; totalCount: number }
  | { kind: 'too-many'; totalCount: number }

export interface LoadAllOptions {
  /** Fetches `limit` results from `offset` of the current filter. */
  fetchPage: (offset: number, limit: number) => Promise<ImagePage>
  onProgress?: (loaded: number, total: number) => void
  cap?: number
  /** Load only the first this many results (no cap then): a part of a result too big to load whole. */
  take?: number
  concurrency?: number
}

/**
 * Every result of one filter, in API order: the first page gives the total, the rest load a few at a
 * time with Limit 100. Images seen twice (the set changed while loading) are kept once.
 */
export async function loadAllImages(options: LoadAllOptions): Promise<AllImages> {
  const { fetchPage, onProgress, cap = SORT_ALL_CAP, take, concurrency = CONCURRENCY } = options
  const first = await fetchPage(0, MAX_LIMIT)
  const total = take === undefined ? first.totalCount : Math.min(first.totalCount, take)
  if (take === undefined && total > cap) return { kind: 'too-many', totalCount: total }
  const pages = await fetchRemainingPages({
    first: first.images,
    total,
    pageSize: MAX_LIMIT,
    fetchPage: async (offset) => (await fetchPage(offset, MAX_LIMIT)).images,
    concurrency,
    onProgress,
  })
  const images = uniqueById(pages).slice(0, total)
  return { kind: 'complete', images, totalCount: images.length }
}

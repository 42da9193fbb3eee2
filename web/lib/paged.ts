/**
 * Every page of a paged answer after the first, a few at a time: the first page gave the total, the rest are
 * fetched `concurrency` at once at `pageSize` each. Returns the pages in order, the first included. Pure.
 */
export async function fetchRemainingPages<T>(options: {
  first: T[]
  total: number
  pageSize: number
  fetchPage: (offset: number) => Promise<T[]>
  concurrency: number
  onProgress?: (loaded: number, total: number) => void
}): Promise<T[][]> {
  const { first, total, pageSize, fetchPage, concurrency, onProgress } = options
  const pages: T[][] = [first]
  let loaded = first.length
  onProgress?.(Math.min(loaded, total), total)
  const offsets: number[] = []
  for (let offset = pageSize; offset < total; offset += pageSize) offsets.push(offset)
  let next = 0
  async function worker() {
    while (next < offsets.length) {
      const index = next++
      const page = await fetchPage(offsets[index] as number)
      pages[index + 1] = page
      loaded += page.length
      onProgress?.(Math.min(loaded, total), total)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, offsets.length) }, worker))
  return pages
}

/** The items of `pages` in order, each ID once (a set that changed while loading can list one twice). */
export function uniqueById<T extends { id: string }>(pages: readonly T[][]): T[] {
  const seen = new Set<string>()
  return pages.flat().filter((item) => !seen.has(item.id) && seen.add(item.id))
}

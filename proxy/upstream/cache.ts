/**
 * A small TTL cache for upstream answers that also coalesces identical calls in flight: while one load runs,
 * every caller with the same key shares it. Only answers that `isCacheable` accepts are kept (never errors).
 */

export interface CacheOptions<T> {
  /** 0 keeps nothing; identical calls in flight are still shared. */
  ttlMs: number
  maxEntries: number
  now: () => number
  isCacheable: (value: T) => boolean
}

export interface CachedValue<T> {
  value: T
  /** True when this caller caused no upstream call: a stored answer, or a share of one in flight. */
  hit: boolean
}

export interface GetOptions {
  /**
   * Skip the stored answer and load afresh (the client asked with `Cache-Control: no-cache`); the new
   * answer is still stored, and a load already in flight for the key is shared, being just as fresh.
   */
  fresh?: boolean
}

export interface ResponseCache<T> {
  get(key: string, load: () => Promise<T>, options?: GetOptions): Promise<CachedValue<T>>
  /** The stored answer while it is fresh, else undefined; never loads, never waits. */
  peek(key: string): T | undefined
}

export function createResponseCache<T>(options: CacheOptions<T>): ResponseCache<T> {
  const stored = new Map<string, { value: T; expiresAt: number }>()
  const inFlight = new Map<string, Promise<T>>()

  function remember(key: string, value: T): void {
    if (options.ttlMs === 0 || !options.isCacheable(value)) return
    stored.delete(key)
    stored.set(key, { value, expiresAt: options.now() + options.ttlMs })
    // Map keeps insertion order, so the first key is the oldest entry.
    for (const oldest of stored.keys()) {
      if (stored.size <= options.maxEntries) break
      stored.delete(oldest)
    }
  }

  return {
    peek(key) {
      const entry = stored.get(key)
      return entry && entry.expiresAt > options.now() ? entry.value : undefined
    },
    async get(key, load, { fresh = false } = {}) {
      const entry = stored.get(key)
      if (entry && !fresh && entry.expiresAt > options.now()) return { value: entry.value, hit: true }
      if (entry) stored.delete(key)
      const pending = inFlight.get(key)
      if (pending) return { value: await pending, hit: true }
      const loading = load()
      inFlight.set(key, loading)
      try {
        const value = await loading
        remember(key, value)
        return { value, hit: false }
      } finally {
        inFlight.delete(key)
      }
    },
  }
}

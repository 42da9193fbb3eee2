/**
 * Rendered pages kept with the answers they were rendered from. A page is a function of its render inputs
 * (core/page-render.ts RenderRequest): the query string (the view, `lang`, `tz`, `theme`, `review`, page and
 * size…), Accept-Language, /api/info's answer (API mode, user, credentials), the server's clock and the
 * answers `loadPage` read. The key is every input but the last two, exactly as given; an entry stands only
 * while each answer it read is still the very one the answer cache holds (a Refresh, a TTL expiry or an
 * eviction there replaces it), and never longer than the answers' TTL, which also bounds how old its clock is.
 */

export interface RenderInputs {
  /** The page URL's query string as sent (`?…` or ''): two spellings of one view are two entries. */
  search: string
  acceptLanguage: string | undefined
  info: unknown
}

/** One string per distinct set of inputs; JSON keeps the parts apart whatever they hold. */
export const renderKey = ({ search, acceptLanguage, info }: RenderInputs): string =>
  JSON.stringify([search, acceptLanguage ?? null, info])

/** The answers a render read: the call's query string → the answer object the answer cache gave. */
export type ReadAnswers = ReadonlyMap<string, object>

export interface RenderCacheOptions {
  /** The answer cache's TTL; 0 keeps nothing. */
  ttlMs: number
  maxEntries: number
  now: () => number
}

export interface RenderCache {
  /** The page's bytes while its entry stands; `current` names the answer the answer cache holds now. */
  get(key: string, current: (query: string) => object | undefined): Buffer | undefined
  /** Keeps a page (as UTF-8 bytes, returned) with the answers it was rendered from. */
  set(key: string, html: string, answers: ReadAnswers): Buffer
}

interface Entry {
  html: Buffer
  answers: ReadAnswers
  expiresAt: number
}

export function createRenderCache({ ttlMs, maxEntries, now }: RenderCacheOptions): RenderCache {
  const entries = new Map<string, Entry>()
  const stands = (entry: Entry, current: (query: string) => object | undefined) => {
    if (entry.expiresAt <= now()) return false
    for (const [query, answer] of entry.answers) if (current(query) !== answer) return false
    return true
  }
  return {
    get(key, current) {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      if (!stands(entry, current)) return undefined
      // Last used goes last: the first key is the one to drop.
      entries.set(key, entry)
      return entry.html
    },
    set(key, html, answers) {
      const bytes = Buffer.from(html)
      if (ttlMs === 0 || maxEntries === 0) return bytes
      entries.delete(key)
      entries.set(key, { html: bytes, answers: new Map(answers), expiresAt: now() + ttlMs })
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break
        entries.delete(oldest)
      }
      return bytes
    },
  }
}

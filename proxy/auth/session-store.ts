/**
 * Server-side records behind the cookies: sessions, and sign-ins under way. In memory, and in Redis too when
 * REDIS_URL is set, so every replica knows a session another one opened; while Redis is down a replica
 * keeps working from its own memory. Keys are hashes of the ids: a Redis dump holds no usable cookie.
 */
import { createHash } from 'node:crypto'
import type { RedisLink } from '../shared/redis-link.js'

export interface RecordStore {
  get<T>(kind: string, id: string): Promise<T | null>
  set(kind: string, id: string, value: unknown, ttlMs: number): Promise<void>
  /** Reads and removes at once: a sign-in's state can be used only once. */
  take<T>(kind: string, id: string): Promise<T | null>
  delete(kind: string, id: string): Promise<void>
}

function keyOf(kind: string, id: string): string {
  return `${kind}:${createHash('sha256').update(id).digest('base64url')}`
}

function parse<T>(text: string | null | undefined): T | null {
  if (!text) return null
  try {
    return JSON.parse(text) as T
  } catch {
    return null
  }
}

/**
 * Anyone can start a sign-in, and each keeps a record for minutes: past this many records of one kind, the
 * oldest go first. Each kind has its own map, so a flood of sign-ins never pushes out a session.
 */
const MAX_MEMORY_ENTRIES = 50_000

/** Entries past their time are dropped when read, and swept now and then so the map cannot grow forever. */
function memoryStore(now: () => number, maxEntries: number) {
  const entries = new Map<string, { text: string; until: number }>()
  let writes = 0
  const sweep = () => {
    for (const [key, entry] of entries) if (entry.until <= now()) entries.delete(key)
  }
  return {
    get(key: string): string | null {
      const entry = entries.get(key)
      if (!entry) return null
      if (entry.until > now()) return entry.text
      entries.delete(key)
      return null
    },
    set(key: string, text: string, ttlMs: number) {
      if (++writes % 100 === 0) sweep()
      for (const oldest of entries.keys()) {
        if (entries.size < maxEntries) break
        entries.delete(oldest)
      }
      entries.set(key, { text, until: now() + ttlMs })
    },
    delete(key: string) {
      entries.delete(key)
    },
  }
}

export function createRecordStore(
  link: RedisLink | null,
  now: () => number,
  maxEntries = MAX_MEMORY_ENTRIES,
): RecordStore {
  const memories = new Map<string, ReturnType<typeof memoryStore>>()
  const memoryOf = (kind: string) => {
    let memory = memories.get(kind)
    if (!memory) {
      memory = memoryStore(now, maxEntries)
      memories.set(kind, memory)
    }
    return memory
  }
  const fromRedis = async (key: string, remove: boolean) => {
    if (!link?.up) return undefined
    const answer = await link.use(async (client) => {
      if (!remove) return client.get(key)
      const results = await client.multi().get(key).del(key).exec()
      return (results?.[0]?.[1] as string | null | undefined) ?? null
    })
    return answer ?? undefined
  }
  const read = async <T>(kind: string, id: string, remove: boolean): Promise<T | null> => {
    const key = keyOf(kind, id)
    const memory = memoryOf(kind)
    const local = memory.get(key)
    if (remove) memory.delete(key)
    const shared = await fromRedis(key, remove)
    return parse<T>(shared ?? local)
  }
  return {
    get: (kind, id) => read(kind, id, false),
    take: (kind, id) => read(kind, id, true),
    async set(kind, id, value, ttlMs) {
      const key = keyOf(kind, id)
      const text = JSON.stringify(value)
      memoryOf(kind).set(key, text, ttlMs)
      await link?.use((client) => client.set(key, text, 'PX', ttlMs))
    },
    async delete(kind, id) {
      const key = keyOf(kind, id)
      memoryOf(kind).delete(key)
      await link?.use((client) => client.del(key))
    },
  }
}

/** A small seeded generator, so a region's catalog is the same on every run and every machine. */

/** FNV-1a: turns a seed text (region, kind) into a 32-bit start state. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, bound). */
  int(bound: number): number
  pick<T>(items: readonly T[]): T
}

/** mulberry32: fast, well spread, and tiny. */
export function seededRandom(seed: string): Random {
  let state = hashSeed(seed)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (bound: number) => Math.floor(next() * bound)
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] }
}

const HALF = 36 ** 4

/** `img-` + 8 lower-case alphanumerics, never one already in `taken`. */
export function newImageId(random: Random, taken: Set<string>): string {
  for (;;) {
    const id = `img-${random.int(HALF).toString(36).padStart(4, '0')}${random.int(HALF).toString(36).padStart(4, '0')}`
    if (!taken.has(id)) {
      taken.add(id)
      return id
    }
  }
}

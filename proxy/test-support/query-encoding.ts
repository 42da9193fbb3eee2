/**
 * How generated parameters are written into a query string: every legal percent-encoding a client might use,
 * chosen by a seeded generator so a failing case replays exactly from fast-check's seed.
 */

/** SplitMix32: a tiny seeded generator in [0, 1). */
export function splitMix(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return ((z ^ (z >>> 16)) >>> 0) / 2 ** 32
  }
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[result[i], result[j]] = [result[j] as T, result[i] as T]
  }
  return result
}

type Style = (text: string) => string

const STYLES: Style[] = [
  encodeURIComponent,
  // Lower-case hex digits.
  (text) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (match) => match.toLowerCase()),
  // Every byte escaped, letters and dots included.
  (text) =>
    Buffer.from(text, 'utf8')
      .toString('hex')
      .replace(/../g, (byte) => `%${byte.toUpperCase()}`),
  // Form-style spaces.
  (text) => encodeURIComponent(text).replaceAll('%20', '+'),
  // Only what must be escaped: the unreserved-plus-sub-delims a browser leaves alone stay raw.
  (text) =>
    encodeURIComponent(text).replace(/%(21|24|27|28|29|2A|2C|3A|3B|40|2F|3F)/g, (match) =>
      String.fromCharCode(Number.parseInt(match.slice(1), 16)),
    ),
]

/** Writes `params` as a query string, each key and value in a randomly chosen legal encoding. */
export function encodeParams(params: ReadonlyArray<readonly [string, string]>, random: () => number): string {
  const pick = () => STYLES[Math.floor(random() * STYLES.length)] as Style
  return params.map(([key, value]) => `${pick()(key)}=${pick()(value)}`).join('&')
}

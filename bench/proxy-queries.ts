/** The queries the proxy bench sends, and how each contender is called with the same business query. */
import { REGIONS } from '../core/regions.js'
import { LEGACY_API_PATH } from '../scripts/lib/paths.js'
import { nonceCounter, signedQuery } from './sign.js'

export const CONTENDERS = ['proxy', 'passThrough', 'memory', 'emulator'] as const
export type Contender = (typeof CONTENDERS)[number]
export const SCENARIOS = ['miss', 'hit'] as const
export type Scenario = (typeof SCENARIOS)[number]

/**
 * Who runs each scenario, the proxy and its floor first. A miss is measured against the pass-through (and the
 * emulator called directly, the upstream's own cost); a hit against `node:http` answering the same bytes from
 * memory (and the pass-through, which has no cache and does the whole call every time).
 */
export const SCENARIO_CONTENDERS: Record<Scenario, readonly Contender[]> = {
  miss: ['proxy', 'passThrough', 'emulator'],
  hit: ['proxy', 'memory', 'passThrough'],
}

type Query = [string, string][]

const PAGE = 20
/** Offsets that still return a full page from the default catalog (363 images a region). */
const OFFSETS = 340

/**
 * Distinct queries in a fixed cycle (22 regions × 340 offsets = 7,480): far more than the proxy's
 * 1,000-entry cache, so a query comes round again only long after it was evicted. Each contender walks the
 * same cycle from the start, so all do the same work.
 */
function missQueries(): () => Query {
  let index = 0
  return () => {
    const region = REGIONS[index % REGIONS.length]?.id ?? ''
    const offset = Math.floor(index / REGIONS.length) % OFFSETS
    index++
    return [
      ['Region', region],
      ['Offset', String(offset)],
      ['Limit', String(PAGE)],
    ]
  }
}

/** The one query of the hit scenario, which the memory server answers from memory. */
export const HIT_QUERY: Query = [
  ['Region', 'ap-guangzhou'],
  ['Offset', '0'],
  ['Limit', String(PAGE)],
]

function hitQueries(): () => Query {
  return () => HIT_QUERY
}

/** One cursor per contender and scenario for the whole run, so a miss query never comes back too soon. */
export function queryCursors(): Record<Contender, Record<Scenario, () => Query>> {
  const cursors = () => ({ miss: missQueries(), hit: hitQueries() })
  return { proxy: cursors(), passThrough: cursors(), memory: cursors(), emulator: cursors() }
}

/** The request path for `contender`; the emulator is called directly, signed for its `host`. */
export function pathMaker(contender: Contender, emulatorHost: string): (query: Query) => string {
  if (contender === 'proxy') return (query) => `/api/DescribeImages?${new URLSearchParams(query)}`
  if (contender === 'passThrough' || contender === 'memory')
    return (query) => `/?${new URLSearchParams(query)}`
  const nextNonce = nonceCounter()
  const target = { host: emulatorHost, path: LEGACY_API_PATH }
  return (query) => `${LEGACY_API_PATH}?${signedQuery(query, target, nextNonce())}`
}

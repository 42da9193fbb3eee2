/**
 * GET /api/regions: the regions to offer, in DescribeRegions' shape. In 3.0 mode from DescribeRegions itself,
 * kept for an hour, so regions Tencent adds appear without a release; the built-in list when the call fails
 * (not kept, so the next request tries again) and in legacy mode, which has no such call.
 */
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import {
  BUILT_IN_REGION_SET,
  parseRegionSet,
  REGIONS_SOURCE_HEADER,
  type RegionRow,
  type RegionsSource,
} from '../../core/describe-regions.js'
import { readEnvelope } from '../../core/envelope.js'
import type { Services } from '../services.js'
import { createResponseCache } from '../upstream/cache.js'

export const REGIONS_TTL_MS = 60 * 60 * 1000

interface RegionList {
  source: RegionsSource
  rows: readonly RegionRow[]
  requestId: string
}

const builtIn = (): RegionList => ({ source: 'built-in', rows: BUILT_IN_REGION_SET, requestId: randomUUID() })

/** The rows of a successful DescribeRegions answer; null for an error or an unusable body. */
export function readRegionsAnswer(body: string): { rows: RegionRow[]; requestId: string } | null {
  const envelope = readEnvelope(body)
  if (!envelope.ok || envelope.error) return null
  const rows = parseRegionSet(envelope.response)
  return rows ? { rows, requestId: envelope.requestId ?? randomUUID() } : null
}

export async function registerRegions(api: FastifyInstance, services: Services): Promise<void> {
  const { config } = services
  const cache = createResponseCache<RegionList>({
    ttlMs: REGIONS_TTL_MS,
    maxEntries: 1,
    now: services.now,
    isCacheable: (list) => list.source === 'describe-regions',
  })
  const load = async (): Promise<RegionList> => {
    const describeRegions = services.upstream?.describeRegions
    if (!describeRegions) return builtIn()
    const answer = await describeRegions(config.defaultRegion)
    const read = answer.kind === 'upstream' && answer.status === 200 ? readRegionsAnswer(answer.body) : null
    if (!read) {
      const code = answer.kind === 'upstream' ? answer.errorCode : answer.code
      api.log.warn({ code }, 'DescribeRegions failed; answering the built-in region list')
      return builtIn()
    }
    return { source: 'describe-regions', ...read }
  }
  api.get('/regions', async (_request, reply) => {
    const { value: list } = await cache.get('regions', load)
    reply.header(REGIONS_SOURCE_HEADER, list.source)
    const RegionSet = list.rows.map((row) => ({ ...row }))
    return { Response: { TotalCount: RegionSet.length, RegionSet, RequestId: list.requestId } }
  })
}

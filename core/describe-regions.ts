/**
 * DescribeRegions (API 3.0, https://cloud.tencent.com/document/api/213/15708): the regions CVM offers, as
 * `{"Response":{"TotalCount","RegionSet":[{"Region","RegionName","RegionState"}],"RequestId"}}`. The proxy
 * serves its answer at /api/regions, with the built-in list (regions.ts) in the same shape when the call fails.
 */
import { isRecord } from './json.js'
import { isWellFormedRegionId, REGIONS } from './regions.js'

export const DESCRIBE_REGIONS = 'DescribeRegions'

export interface RegionRow {
  /** e.g. `ap-guangzhou` */
  Region: string
  /** e.g. 华南地区(广州) */
  RegionName: string
  /** `AVAILABLE`, or `UNAVAILABLE` for a region not open to the account. */
  RegionState: string
}

/** Where /api/regions took its list from: the header names it, the body stays Tencent's shape. */
export const REGIONS_SOURCE_HEADER = 'x-regions-source'
export type RegionsSource = 'describe-regions' | 'built-in'

export const BUILT_IN_REGION_SET: readonly RegionRow[] = REGIONS.map((region) => ({
  Region: region.id,
  RegionName: region.localName,
  RegionState: 'AVAILABLE',
}))

function readRow(value: unknown): RegionRow | null {
  if (!isRecord(value)) return null
  const { Region, RegionName, RegionState } = value
  if (typeof Region !== 'string' || !isWellFormedRegionId(Region)) return null
  return {
    Region,
    RegionName: typeof RegionName === 'string' ? RegionName : Region,
    RegionState: typeof RegionState === 'string' ? RegionState : 'AVAILABLE',
  }
}

/**
 * The usable rows of a DescribeRegions `Response` (or of /api/regions), in the order given; rows with a
 * malformed id are dropped. Null when there is no RegionSet or nothing usable in it.
 */
export function parseRegionSet(response: unknown): RegionRow[] | null {
  if (!isRecord(response) || !Array.isArray(response.RegionSet)) return null
  const rows = response.RegionSet.map(readRow).filter((row): row is RegionRow => row !== null)
  return rows.length > 0 ? rows : null
}

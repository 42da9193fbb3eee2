/**
 * The regions the emulator serves and answers DescribeRegions with: the built-in list plus regions it does
 * not name, as Tencent adds them, so a client that follows DescribeRegions is seen to do so.
 */
import { BUILT_IN_REGION_SET, type RegionRow } from '../../core/describe-regions.js'

/** Newer than the built-in list: Qingyuan (South China) and Beijing Finance. */
const NEWER: readonly RegionRow[] = [
  { Region: 'ap-qingyuan', RegionName: '华南地区(清远)', RegionState: 'AVAILABLE' },
  { Region: 'ap-beijing-fsi', RegionName: '华北地区(北京金融)', RegionState: 'AVAILABLE' },
]

export const EMULATOR_REGIONS: readonly RegionRow[] = [...BUILT_IN_REGION_SET, ...NEWER]

const served = new Set(EMULATOR_REGIONS.map((row) => row.Region))

export function servesRegion(id: string): boolean {
  return served.has(id)
}

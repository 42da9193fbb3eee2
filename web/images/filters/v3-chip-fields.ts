import { CDC_CACHE_STATUSES, parseInstanceType } from '../../../core/describe-images-v3'

/**
 * The chip fields only API 3.0 has besides the tag ones: the InstanceType parameter ("which images can this
 * type boot?"), which is not a filter, and the CDC filters `dedicated-cluster-id` and `cdc-cache-status`
 * (https://cloud.tencent.com/document/api/213/15715).
 */
export const INSTANCE_TYPE_CHIP = 'instanceType'
export const V3_CHIP_FIELDS = ['instanceType', 'cluster', 'cdcStatus'] as const
export type V3ChipField = (typeof V3_CHIP_FIELDS)[number]

/** Offered under "More" in Add filter: only CDC users need them. */
export const MORE_CHIP_FIELDS: readonly V3ChipField[] = ['cluster', 'cdcStatus']

/** A value as the API takes it, or null: a type like SA5.MEDIUM2 (in any case, as Tencent spells it), a documented cache state, any cluster id. */
export function cleanV3Value(chip: V3ChipField, value: string): string | null {
  if (chip === 'instanceType') return parseInstanceType(value)
  if (chip === 'cdcStatus') return CDC_CACHE_STATUSES.find((status) => status === value) ?? null
  return value
}

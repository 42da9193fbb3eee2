import { CDC_CACHE_STATUSES, parseInstanceType } from '../../../core/describe-images-v3'

/**
 * The chip fields only API 3.0 has besides the tag ones: the InstanceType parameter ("which images can this
 * type boot?"), which is not a filter, and the CDC filters `dedicated-cluster-id` and `cdc-cache-status`
 * (https://cloud.tencent.com/document/api/213/15715).
 */
export const INSTANCE_TYPE_CHIP = 'instanceType'
/** The values these fields take are checked here; the tag fields take any text. */
export type V3ChipField = typeof INSTANCE_TYPE_CHIP | 'cluster' | 'cdcStatus'

export function isV3ChipField(field: string): field is V3ChipField {
  return field === INSTANCE_TYPE_CHIP || field === 'cluster' || field === 'cdcStatus'
}

/** A value as the API takes it, or null: a type like SA5.MEDIUM2 (in any case, as Tencent spells it), a documented cache state, any cluster id. */
export function cleanV3Value(chip: V3ChipField, value: string): string | null {
  if (chip === 'instanceType') return parseInstanceType(value)
  if (chip === 'cdcStatus') return CDC_CACHE_STATUSES.find((status) => status === value) ?? null
  return value
}

import type { V3FilterName } from '../../../core/describe-images-v3'

/** The fields a filter chip can hold, in the order their filters are sent, and what each one sends. */
export const CHIP_FIELDS = [
  'type',
  'name',
  'id',
  'platform',
  'instanceType',
  'tagKey',
  'tagValue',
  'cluster',
  'cdcStatus',
] as const
export type ChipField = (typeof CHIP_FIELDS)[number]

/**
 * The DescribeImages filter each field sends (null for InstanceType, a parameter of its own); its name and
 * hint are the messages `chip.<field>` and `chip.<field>Hint`.
 */
export const FIELD_FILTERS: Record<ChipField, V3FilterName | null> = {
  type: 'image-type',
  name: 'image-name',
  id: 'image-id',
  platform: 'platform',
  instanceType: null,
  tagKey: 'tag-key',
  tagValue: 'tag-value',
  cluster: 'dedicated-cluster-id',
  cdcStatus: 'cdc-cache-status',
}

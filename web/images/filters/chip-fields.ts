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

/** `filter` is the DescribeImages filter a chip sends; null for InstanceType, a parameter of its own. */
export const FIELD_INFO: Record<ChipField, { label: string; filter: V3FilterName | null; hint: string }> = {
  type: { label: 'Type', filter: 'image-type', hint: 'Public, Custom or Shared' },
  name: { label: 'Name', filter: 'image-name', hint: 'Matches part of the name' },
  id: { label: 'Image ID', filter: 'image-id', hint: 'Exact ID, like img-pmqg1cw7' },
  platform: { label: 'Platform', filter: 'platform', hint: 'Matches part of the platform, like Ubuntu' },
  instanceType: { label: 'Instance type', filter: null, hint: 'Images it can boot, like SA5.MEDIUM2' },
  tagKey: { label: 'Tag key', filter: 'tag-key', hint: 'Has a tag with this key, like env' },
  tagValue: { label: 'Tag value', filter: 'tag-value', hint: 'Has a tag with this value, like prod' },
  cluster: {
    label: 'Dedicated cluster',
    filter: 'dedicated-cluster-id',
    hint: 'Cached in this CDC, like cluster-12345678',
  },
  cdcStatus: { label: 'CDC cache status', filter: 'cdc-cache-status', hint: 'How far a CDC has cached it' },
}

export const TAG_HINT = 'A tag key and its values, like env = prod'

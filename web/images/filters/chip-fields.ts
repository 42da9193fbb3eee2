import type { V3FilterName } from '../../../core/describe-images-v3'

interface ChipFieldFacts {
  /** The DescribeImages filter it sends; null for InstanceType, a parameter of its own. */
  filter: V3FilterName | null
  /** Its parameter in the page's URL, repeated per value. */
  param: string
  /** How it reads in an export's file name, whatever the page's language. */
  fileWord: string
  /** Only API 3.0 has it (tags, CDC, InstanceType); legacy DescribeImages does not. */
  v3Only: boolean
  /** Offered under "More" in Add filter: only CDC users need it. */
  more: boolean
}

/**
 * Every field a filter chip can hold, the one place each is described, in the order their filters are sent
 * (https://cloud.tencent.com/document/api/213/15715). A field's name and hint are the messages `chip.<field>`
 * and `chip.<field>Hint`.
 */
export const CHIP_FIELD_FACTS = {
  type: { filter: 'image-type', param: 'type', fileWord: 'type', v3Only: false, more: false },
  name: { filter: 'image-name', param: 'name', fileWord: 'name', v3Only: false, more: false },
  id: { filter: 'image-id', param: 'id', fileWord: 'image id', v3Only: false, more: false },
  platform: { filter: 'platform', param: 'platform', fileWord: 'platform', v3Only: false, more: false },
  instanceType: { filter: null, param: 'instancetype', fileWord: 'instance type', v3Only: true, more: false },
  tagKey: { filter: 'tag-key', param: 'tagkey', fileWord: 'tag key', v3Only: true, more: false },
  tagValue: { filter: 'tag-value', param: 'tagvalue', fileWord: 'tag value', v3Only: true, more: false },
  cluster: {
    filter: 'dedicated-cluster-id',
    param: 'cluster',
    fileWord: 'cluster',
    v3Only: true,
    more: true,
  },
  cdcStatus: {
    filter: 'cdc-cache-status',
    param: 'cdcstatus',
    fileWord: 'cdc status',
    v3Only: true,
    more: true,
  },
} as const satisfies Record<string, ChipFieldFacts>

export type ChipField = keyof typeof CHIP_FIELD_FACTS

/** The fields in request order. */
export const CHIP_FIELDS = Object.keys(CHIP_FIELD_FACTS) as readonly ChipField[]

/** The fields only API 3.0 has. */
export const V3_ONLY_FIELDS: readonly ChipField[] = CHIP_FIELDS.filter(
  (field) => CHIP_FIELD_FACTS[field].v3Only,
)

import { isOneOf } from '../../../core/json'
import { formatCount } from '../../lib/format'
import { t } from '../../lib/i18n'
import { type Image, typeLabel } from '../data/image-model'
import { cdcLabel } from './cdc-label'

/**
 * What the drawer says about an image beyond the table's columns, in words: the fields only API 3.0
 * sends (each only when the answer has it) and any field this app does not know yet.
 */
export interface Fact {
  label: string
  value: string
  /** The value is the API's data (a family name), which no translation may touch. */
  data?: boolean
}

const SOURCES = ['OFFICIAL', 'CREATE_IMAGE', 'EXTERNAL_IMPORT'] as const
const LICENCES = ['TencentCloud', 'BYOL'] as const
const DISKS = ['SYSTEM_DISK', 'DATA_DISK'] as const

/** Tencent's values in the page's words; a value this app does not know is shown as sent. */
const sourceLabel = (value: string) => (isOneOf(SOURCES, value) ? t(`source.${value}`) : value)
const licenceLabel = (value: string) => (isOneOf(LICENCES, value) ? t(`licence.${value}`) : value)
export const diskLabel = (value: string) => (isOneOf(DISKS, value) ? t(`disk.${value}`) : value)

/** "Custom (PRIVATE_IMAGE)": the page's word, then the API's, which is what the API and tccli take. */
export const typeText = (image: Image) => `${typeLabel(image.type)}${t('ui.aside', { text: image.type })}`

/** "50 GiB"; a size the API did not give shows as a dash. */
export const formatGiB = (size: number) => (Number.isFinite(size) ? `${formatCount(size)} GiB` : '—')

const yesNo = (value: boolean) => (value ? t('drawer.supported') : t('drawer.unsupported'))

/** How the drawer reads a CDC cache state: in words, with Tencent's value after it when it has words. */
function cdcText(status: string): string {
  const label = cdcLabel(status)
  return label === status ? status : `${label}${t('ui.aside', { text: status })}`
}

/** A 3.0-only field: its label, its value in words (undefined: the answer lacks it), whether that is data. */
export interface FactField {
  label: () => string
  value: (image: Image) => string | undefined
  data?: boolean
}

/** The 3.0-only fields in reading order: one definition for the drawer and the comparison. */
export const V3_FACT_FIELDS: readonly FactField[] = [
  {
    label: () => t('drawer.size'),
    value: (image) => (image.sizeGiB === undefined ? undefined : formatGiB(image.sizeGiB)),
  },
  {
    label: () => t('drawer.source'),
    value: (image) => (image.source ? sourceLabel(image.source) : undefined),
  },
  {
    label: () => t('drawer.cloudInit'),
    value: (image) => (image.cloudInit === undefined ? undefined : yesNo(image.cloudInit)),
  },
  {
    label: () => t('drawer.licence'),
    value: (image) => (image.license ? licenceLabel(image.license) : undefined),
  },
  { label: () => t('column.family'), value: (image) => image.family || undefined, data: true },
  {
    label: () => t('drawer.cdcCache'),
    value: (image) => (image.cdcCacheStatus ? cdcText(image.cdcCacheStatus) : undefined),
  },
]

/** The 3.0-only facts that are present, in reading order. */
export function v3Facts(image: Image): Fact[] {
  return V3_FACT_FIELDS.flatMap((field) => {
    const value = field.value(image)
    return value === undefined ? [] : [{ label: field.label(), value, ...(field.data ? { data: true } : {}) }]
  })
}

/** Every wire field the drawer already shows by name, in either API's spelling. */
const SHOWN_FIELDS = new Set([
  'ImageId',
  'ImageName',
  'ImageType',
  'ImageOsName',
  'OsName',
  'Platform',
  'Architecture',
  'ImageStatus',
  'ImageState',
  'ImageCreateTime',
  'CreatedTime',
  'Creator',
  'ImageCreator',
  'ImageDescription',
  'ImageSize',
  'ImageSource',
  'IsSupportCloudinit',
  'LicenseType',
  'SyncPercent',
  'SnapshotSet',
  'Tags',
  'ImageFamily',
  'ImageDeprecated',
  'CdcCacheStatus',
])

/** Fields the API sent that the app has no row for (Tencent adds fields over time), as text; nulls left out. */
export function otherFacts(raw: Record<string, unknown>): Fact[] {
  return Object.entries(raw)
    .filter(([key, value]) => !SHOWN_FIELDS.has(key) && value !== null && value !== undefined)
    .map(([key, value]) => ({ label: key, value: typeof value === 'string' ? value : JSON.stringify(value) }))
}

import { formatCount } from '../../lib/format'
import type { Image } from '../data/image-model'

/**
 * What the drawer says about an image beyond the table's columns, in words: the fields only API 3.0
 * sends (each only when the answer has it) and any field this app does not know yet.
 */
export interface Fact {
  label: string
  value: string
}

const SOURCE_LABELS: Record<string, string> = {
  OFFICIAL: 'Official',
  CREATE_IMAGE: 'Created from an instance',
  EXTERNAL_IMPORT: 'Imported',
}

const LICENSE_LABELS: Record<string, string> = {
  TencentCloud: 'Tencent Cloud',
  BYOL: 'Bring your own licence (BYOL)',
}

const DISK_LABELS: Record<string, string> = { SYSTEM_DISK: 'System disk', DATA_DISK: 'Data disk' }

export const diskLabel = (usage: string) => DISK_LABELS[usage] ?? usage

/** "50 GiB"; a size the API did not give shows as a dash. */
export const formatGiB = (size: number) => (Number.isFinite(size) ? `${formatCount(size)} GiB` : '—')

/** The 3.0-only facts that are present, in reading order. */
export function v3Facts(image: Image): Fact[] {
  const facts: Fact[] = []
  if (image.sizeGiB !== undefined) facts.push({ label: 'Size', value: formatGiB(image.sizeGiB) })
  if (image.source) facts.push({ label: 'Source', value: SOURCE_LABELS[image.source] ?? image.source })
  if (image.cloudInit !== undefined) {
    facts.push({ label: 'Cloud-init', value: image.cloudInit ? 'Supported' : 'Not supported' })
  }
  if (image.license) facts.push({ label: 'Licence', value: LICENSE_LABELS[image.license] ?? image.license })
  if (image.family) facts.push({ label: 'Image family', value: image.family })
  if (image.cdcCacheStatus) {
    const status = image.cdcCacheStatus
    facts.push({
      label: 'CDC cache',
      value: CDC_LABELS[status] ? `${CDC_LABELS[status]} (${status})` : status,
    })
  }
  return facts
}

/** The cdc-cache-status values in words (https://cloud.tencent.com/document/api/213/15715). */
export const CDC_LABELS: Record<string, string> = {
  CACHED_ALL: 'Any cache state',
  CACHING: 'Caching',
  CACHED: 'Cached',
  CACHE_INVALID: 'Cache invalid',
  CACHE_FAILED: 'Caching failed',
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

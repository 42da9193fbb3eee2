import { IMAGE_TYPES, type ImageStatus, type ImageType } from '../../../core/describe-images'
import type { Snapshot, Tag } from '../../../core/describe-images-v3'
import { isRecord, readRequestId } from '../../../core/json'
import { ApiError } from '../../lib/api-error'
import { t } from '../../lib/i18n'

/**
 * One image as the app uses it, parsed once here from either wire shape: the legacy endpoint's
 * (ImageOsName, ImageCreateTime, ImageStatus, Creator) or API 3.0's (OsName, CreatedTime, ImageState,
 * ImageCreator). What only 3.0 tells is optional: absent means the API did not say.
 */
export interface Image {
  id: string
  name: string
  osName: string
  type: string
  status: string
  platform: string
  architecture: string
  creator: string
  description: string
  createdAt: string
  /** Milliseconds since the epoch; NaN when the API sent something that is not a date. */
  createdTime: number
  /** The image exactly as the API sent it, for the drawer's JSON view. */
  raw: Record<string, unknown>
  /** GiB */
  sizeGiB?: number
  /** OFFICIAL, CREATE_IMAGE or EXTERNAL_IMPORT */
  source?: string
  cloudInit?: boolean
  /** TencentCloud or BYOL */
  license?: string
  snapshots?: Snapshot[]
  tags?: Tag[]
  /** How far the image has been copied to other regions, in percent. */
  syncPercent?: number
  /** The image family it belongs to (3.0, added 2024). */
  family?: string
  /** Marked deprecated by its owner (3.0, added 2024). */
  deprecated?: boolean
  /** How far it is cached in a CDC, e.g. CACHED (3.0, added 2025). */
  cdcCacheStatus?: string
  /**
   * How many of the region's instances run it, from a scan of them (web/usage), joined in when the view
   * shows or sorts by the Instances column; absent when not scanned.
   */
  instances?: number
}

export interface ImagePage {
  images: Image[]
  totalCount: number
  requestId: string | null
}

/** The fields a view can sort and show, by stable id (URL `sort=`, column ids). */
export const IMAGE_FIELDS = [
  'name',
  'id',
  'type',
  'os',
  'platform',
  'arch',
  'status',
  'created',
  'creator',
  'family',
  'instances',
] as const
/**
 * The columns shown when none were chosen: every field but Instances, whose counts need a scan of the region's
 * instances (web/usage) and so are shown only when asked for.
 */
export const DEFAULT_COLUMNS: readonly ImageField[] = IMAGE_FIELDS.filter((field) => field !== 'instances')
/** Columns only API 3.0 fills; the legacy view leaves them out. */
export const V3_ONLY_FIELDS: readonly ImageField[] = ['family']
export type ImageField = (typeof IMAGE_FIELDS)[number]

export type StatusTone = 'ok' | 'busy' | 'failed' | 'unknown'

/**
 * ImageState as the console shows it; USING (an image in use, 使用中) is among Tencent's documented
 * states (https://cloud.tencent.com/document/api/213/15753#Image) though rarely listed.
 */
const STATUS_TONES: Record<ImageStatus | 'USING', StatusTone> = {
  NORMAL: 'ok',
  CREATING: 'busy',
  SYNCING: 'busy',
  IMPORTING: 'busy',
  USING: 'busy',
  CREATEFAILED: 'failed',
  IMPORTFAILED: 'failed',
}

/** Tencent's word for an image type in the page's language ("Custom", 自定义镜像); an unknown type as sent. */
export function typeLabel(type: string): string {
  return (IMAGE_TYPES as readonly string[]).includes(type) ? t(`type.${type as ImageType}`) : type
}

export function statusDisplay(status: string): { label: string; tone: StatusTone } {
  const tone = STATUS_TONES[status as ImageStatus] as StatusTone | undefined
  if (tone) return { label: t(`status.${status as ImageStatus}`), tone }
  return { label: status || t('status.unknown'), tone: 'unknown' }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value)
}

/** The first of the two spellings the answer has: legacy name, else the 3.0 name. */
function either(raw: Record<string, unknown>, legacy: string, v3: string): string {
  return text(raw[legacy] ?? raw[v3])
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function parseSnapshot(value: unknown): Snapshot | null {
  if (!isRecord(value) || typeof value.SnapshotId !== 'string') return null
  return {
    SnapshotId: value.SnapshotId,
    DiskUsage: text(value.DiskUsage),
    DiskSize: isNumber(value.DiskSize) ? value.DiskSize : Number.NaN,
  }
}

function parseTag(value: unknown): Tag | null {
  if (!isRecord(value) || typeof value.Key !== 'string') return null
  return { Key: value.Key, Value: text(value.Value) }
}

function listOf<T>(value: unknown, parse: (item: unknown) => T | null): T[] | undefined {
  return Array.isArray(value) ? value.flatMap((item) => parse(item) ?? []) : undefined
}

/** The fields only API 3.0 sends; each is left out when absent (or null, as SyncPercent is when not syncing). */
function parseV3Extras(raw: Record<string, unknown>): Partial<Image> {
  const extras: Partial<Image> = {}
  if (isNumber(raw.ImageSize)) extras.sizeGiB = raw.ImageSize
  if (typeof raw.ImageSource === 'string' && raw.ImageSource) extras.source = raw.ImageSource
  if (typeof raw.IsSupportCloudinit === 'boolean') extras.cloudInit = raw.IsSupportCloudinit
  if (typeof raw.LicenseType === 'string' && raw.LicenseType) extras.license = raw.LicenseType
  const snapshots = listOf(raw.SnapshotSet, parseSnapshot)
  if (snapshots) extras.snapshots = snapshots
  const tags = listOf(raw.Tags, parseTag)
  if (tags) extras.tags = tags
  if (isNumber(raw.SyncPercent)) extras.syncPercent = raw.SyncPercent
  if (typeof raw.ImageFamily === 'string' && raw.ImageFamily) extras.family = raw.ImageFamily
  if (typeof raw.ImageDeprecated === 'boolean') extras.deprecated = raw.ImageDeprecated
  if (typeof raw.CdcCacheStatus === 'string' && raw.CdcCacheStatus) extras.cdcCacheStatus = raw.CdcCacheStatus
  return extras
}

/**
 * The legacy endpoint's creation time of public images: the epoch, meaning "not known"
 * (https://cloud.tencent.com/document/api/213/9418, its example img-pmqg1cw7). Such a date has no time.
 */
export function isEpochPlaceholder(createdAt: string): boolean {
  return /^1970-01-01T00:00:00(\.0+)?(Z|[+-]00:?00)?$/.test(createdAt)
}

/** ISO 8601 with `Z` or an offset (`+00:00`), as both APIs write it; NaN for anything else or the epoch. */
function parseCreatedTime(createdAt: string): number {
  if (!createdAt || isEpochPlaceholder(createdAt)) return Number.NaN
  return Date.parse(createdAt)
}

function parseImage(raw: Record<string, unknown>): Image {
  const createdAt = either(raw, 'ImageCreateTime', 'CreatedTime')
  return {
    id: text(raw.ImageId),
    name: text(raw.ImageName),
    osName: either(raw, 'ImageOsName', 'OsName'),
    type: text(raw.ImageType),
    status: either(raw, 'ImageStatus', 'ImageState'),
    platform: text(raw.Platform),
    architecture: text(raw.Architecture),
    creator: either(raw, 'Creator', 'ImageCreator'),
    description: text(raw.ImageDescription),
    createdAt,
    createdTime: parseCreatedTime(createdAt),
    raw,
    ...parseV3Extras(raw),
  }
}

function badResponse(message: string): ApiError {
  return new ApiError({ code: 'BadResponse', message, status: 502 })
}

/**
 * The one place a DescribeImages body, legacy or 3.0, becomes typed data. Accepts `RequestId` and the
 * legacy `RequestID`.
 */
export function normalizeDescribeImages(body: unknown): ImagePage {
  if (!isRecord(body) || !isRecord(body.Response)) throw badResponse(t('net.noResponse'))
  const { ImageSet, TotalCount } = body.Response
  if (!Array.isArray(ImageSet)) throw badResponse(t('net.noImageSet'))
  const images = ImageSet.filter(isRecord).map(parseImage)
  const total = typeof TotalCount === 'number' && Number.isFinite(TotalCount) ? TotalCount : images.length
  return { images, totalCount: total, requestId: readRequestId(body.Response) }
}

/**
 * The DescribeImages wire model of API 3.0 (cvm.tencentcloudapi.com, TC3-HMAC-SHA256): the JSON request body,
 * the wider filter set with tags, and the 3.0 Image shape (https://cloud.tencent.com/document/api/213/15715).
 * Names, limits, the error envelope and the legacy model stay in describe-images.ts; a legacy request is a
 * valid 3.0 request.
 */
import { type DescribeImagesRequest, FILTER_NAMES } from './describe-images.js'

/** The production endpoint's host; its first label is the service in the credential scope. */
export const V3_HOST = 'cvm.tencentcloudapi.com'
export const V3_SERVICE = 'cvm'

/** `tag:<key>` matches the images whose tag `<key>` has one of the values. */
export const TAG_FILTER_PREFIX = 'tag:'
/** Every filter the 3.0 page documents (https://cloud.tencent.com/document/api/213/15715), `tag:<key>` aside. */
export const V3_FILTER_NAMES = [
  ...FILTER_NAMES,
  'tag-key',
  'tag-value',
  'dedicated-cluster-id',
  'cdc-cache-status',
] as const
export type TagFilterName = `tag:${string}`
export type V3FilterName = (typeof V3_FILTER_NAMES)[number] | TagFilterName

export function isV3FilterName(name: string): name is V3FilterName {
  if (name.startsWith(TAG_FILTER_PREFIX)) return name.length > TAG_FILTER_PREFIX.length
  return (V3_FILTER_NAMES as readonly string[]).includes(name)
}

/**
 * Family, a dot, then size, letters and digits each: S5.MEDIUM2, SA5.MEDIUM2, and lower case in newer families
 * such as SN3ne.LARGE8 and HCCPNV4ane.58XLARGE1929 (tccli's cvm api.json examples). No stricter pattern: the
 * cloud knows its types.
 */
const INSTANCE_TYPE = /^[A-Za-z0-9]{1,30}\.[A-Za-z0-9]{1,30}$/

export function isWellFormedInstanceType(value: string): boolean {
  return INSTANCE_TYPE.test(value)
}

/**
 * A type as Tencent spells it, whatever case it was typed in: the family's letters and number and the size
 * upper case, a family suffix after the number as typed (`sa5.medium2` is SA5.MEDIUM2, `sn3ne.large8`
 * SN3ne.LARGE8); null when it is not an instance type.
 */
export function parseInstanceType(text: string): string | null {
  const value = text.trim()
  if (!isWellFormedInstanceType(value)) return null
  const [family = '', size = ''] = value.split('.')
  const [, base = family, suffix = ''] = /^([A-Za-z]+[0-9]+)(.*)$/.exec(family) ?? []
  return `${base.toUpperCase()}${suffix}.${size.toUpperCase()}`
}

/** How far an image is cached in a CDC (CloudDedicatedCluster): the values of `cdc-cache-status`. */
export const CDC_CACHE_STATUSES = [
  'CACHED_ALL',
  'CACHING',
  'CACHED',
  'CACHE_INVALID',
  'CACHE_FAILED',
] as const

export interface V3Filter {
  name: V3FilterName
  values: string[]
}

/** A validated 3.0 call. Every DescribeImagesRequest is one; 3.0 adds tag filters and InstanceType. */
export interface DescribeImagesV3Request extends Omit<DescribeImagesRequest, 'filters'> {
  filters: V3Filter[]
  /** e.g. `SA5.MEDIUM2`: only images that instance type can boot. */
  instanceType?: string
}

/** The JSON body of a 3.0 call; Region, Action and Version travel in X-TC-* headers. */
export interface DescribeImagesV3Body {
  ImageIds?: string[]
  Filters?: { Name: string; Values: string[] }[]
  Offset?: number
  Limit?: number
  InstanceType?: string
}

/** The body a validated request is sent as: 0-based arrays, empty parts left out. */
export function formatDescribeImagesV3Body(request: DescribeImagesV3Request): DescribeImagesV3Body {
  const body: DescribeImagesV3Body = {}
  if (request.imageIds.length > 0) body.ImageIds = [...request.imageIds]
  if (request.filters.length > 0) {
    body.Filters = request.filters.map((filter) => ({ Name: filter.name, Values: [...filter.values] }))
  }
  body.Offset = request.offset
  body.Limit = request.limit
  if (request.instanceType !== undefined) body.InstanceType = request.instanceType
  return body
}

export type ImageSource = 'OFFICIAL' | 'CREATE_IMAGE' | 'EXTERNAL_IMPORT'
export type LicenseType = 'TencentCloud' | 'BYOL'

export interface Snapshot {
  SnapshotId: string
  /** `SYSTEM_DISK` or `DATA_DISK` */
  DiskUsage: string
  /** GiB */
  DiskSize: number
}

export interface Tag {
  Key: string
  Value: string
}

/**
 * One image as API 3.0 returns it. Enumerations are plain strings, as in LegacyImage: Tencent adds values
 * over time, so the app narrows them where it reads them.
 */
export interface ImageV3 {
  ImageId: string
  /** Console style, e.g. `CentOS 7.6 64位` (the legacy ImageOsName was `centos7.6x86_64`). */
  OsName: string
  /** One of IMAGE_TYPES */
  ImageType: string
  /** `YYYY-MM-DDThh:mm:ssZ` */
  CreatedTime: string
  ImageName: string
  ImageDescription: string
  /** GiB */
  ImageSize: number
  Architecture: string
  /** One of IMAGE_STATUSES so far */
  ImageState: string
  Platform: string
  /** `tencent` for official images, the owner's account UIN otherwise. */
  ImageCreator: string
  /** An ImageSource */
  ImageSource: string
  /** Percent copied to other regions; set while SYNCING and sometimes on NORMAL images, null otherwise. */
  SyncPercent: number | null
  IsSupportCloudinit: boolean
  SnapshotSet: Snapshot[]
  Tags: Tag[]
  /** A LicenseType */
  LicenseType: string
  /** The family the image belongs to (added 2024; absent on older answers). */
  ImageFamily?: string
  /** Whether the owner marked it deprecated (added 2024). */
  ImageDeprecated?: boolean
  /** One of CDC_CACHE_STATUSES, only for an image cached in a CDC (added 2025). */
  CdcCacheStatus?: string
}

export interface DescribeImagesV3Response {
  Response: {
    ImageSet: ImageV3[]
    TotalCount: number
    RequestId: string
  }
}

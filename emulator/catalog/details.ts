/**
 * What API 3.0 says about an image beyond the legacy fields: console-style OS name, size, source, cloud-init,
 * licence, snapshots, tags. Derived from the legacy record with a generator seeded by the image id, so the
 * legacy catalog (ids, names, order) is untouched and each image always gets the same details.
 */
import type { LegacyImage } from '../../core/describe-images.js'
import type { ImageSource, ImageV3, LicenseType, Snapshot, Tag } from '../../core/describe-images-v3.js'
import { type NewerFields, newerFields } from './newer-fields.js'
import { PUBLIC_IMAGES } from './public.js'
import { type Random, seededRandom } from './random.js'

export interface ImageDetails extends NewerFields {
  osName: string
  creator: string
  source: ImageSource
  /** GiB */
  size: number
  cloudInit: boolean
  license: LicenseType
  snapshots: Snapshot[]
  tags: Tag[]
}

const OS_NAMES = new Map<string, string>()
for (const image of PUBLIC_IMAGES) {
  if (!OS_NAMES.has(image.ImageOsName)) OS_NAMES.set(image.ImageOsName, image.ImageName)
}

const NO_CLOUD_INIT = /^(Windows Server 2012|FreeBSD|CoreOS)/
const SIZES = [20, 20, 40, 50, 50, 60, 80, 100, 128, 200, 500]
const DATA_DISK_SIZES = [50, 100, 200, 500]
const ENVS = ['prod', 'staging', 'test', 'dev', 'gray', 'uat']
const TEAMS = ['platform', 'sre', '数据库', '支付', '大数据', 'web', '安全']
const OWNERS = ['zhang.wei', 'li.na', 'wang.fang', 'chen.jie', 'ops-bot', 'liu.yang']

/** Official images: sizes as the console lists them (Windows and CentOS 50 GiB, others 20 GiB). */
function publicDetails(image: LegacyImage): ImageDetails {
  return {
    osName: image.ImageName,
    creator: 'tencent',
    source: 'OFFICIAL',
    size: /^(Windows|CentOS)$/.test(image.Platform) ? 50 : 20,
    cloudInit: !NO_CLOUD_INIT.test(image.ImageName),
    license: 'TencentCloud',
    snapshots: [],
    tags: [],
    ...newerFields(image),
  }
}

const snapshotId = (random: Random) =>
  `snap-${random
    .int(36 ** 8)
    .toString(36)
    .padStart(8, '0')}`

function pickSource(image: LegacyImage, random: Random): ImageSource {
  if (image.ImageStatus.startsWith('IMPORT') || image.ImageName.startsWith('migrated-idc-'))
    return 'EXTERNAL_IMPORT'
  return random.next() < 0.12 ? 'EXTERNAL_IMPORT' : 'CREATE_IMAGE'
}

/** Own images have a system-disk snapshot (and sometimes data disks) unless creating or importing failed. */
function pickSnapshots(image: LegacyImage, size: number, random: Random): Snapshot[] {
  if (image.ImageType !== 'PRIVATE_IMAGE' || image.ImageStatus.endsWith('FAILED')) return []
  const snapshots: Snapshot[] = [{ SnapshotId: snapshotId(random), DiskUsage: 'SYSTEM_DISK', DiskSize: size }]
  const dataDisks = random.next() < 0.3 ? 1 + random.int(2) : 0
  for (let i = 0; i < dataDisks; i++) {
    const DiskSize = random.pick(DATA_DISK_SIZES)
    snapshots.push({ SnapshotId: snapshotId(random), DiskUsage: 'DATA_DISK', DiskSize })
  }
  return snapshots
}

/** Tags agree with the name where it tells (`web-prod-…`, `数据库基线镜像`), as a team would set them. */
function pickTags(image: LegacyImage, random: Random): Tag[] {
  if (random.next() >= (image.ImageType === 'PRIVATE_IMAGE' ? 0.55 : 0.3)) return []
  const name = image.ImageName
  const env = ENVS.find((candidate) => name.includes(`-${candidate}-`)) ?? random.pick(ENVS)
  const team = /数据库|mysql|redis/.test(name)
    ? '数据库'
    : /支付|payment/.test(name)
      ? '支付'
      : random.pick(TEAMS)
  const tags: Tag[] = [
    { Key: 'env', Value: env },
    { Key: 'team', Value: team },
  ]
  if (random.next() < 0.6) tags.push({ Key: 'owner', Value: random.pick(OWNERS) })
  if (random.next() < 0.2) tags.push({ Key: 'cost-center', Value: `cc-${1000 + random.int(40)}` })
  return tags
}

function customDetails(image: LegacyImage): ImageDetails {
  const random = seededRandom(`v3:${image.ImageId}`)
  const base = publicDetails({ ...image, ImageName: OS_NAMES.get(image.ImageOsName) ?? image.ImageOsName })
  const source = pickSource(image, random)
  const size = Math.max(base.size, random.pick(SIZES))
  const imported = source === 'EXTERNAL_IMPORT'
  return {
    osName: base.osName,
    creator: image.Creator,
    source,
    size,
    cloudInit: base.cloudInit && !(imported && random.next() < 0.5),
    license: imported && random.next() < 0.4 ? 'BYOL' : 'TencentCloud',
    snapshots: pickSnapshots(image, size, random),
    tags: pickTags(image, random),
    ...newerFields(image),
  }
}

export function imageDetails(image: LegacyImage): ImageDetails {
  return image.ImageType === 'PUBLIC_IMAGE' ? publicDetails(image) : customDetails(image)
}

/** The 3.0 view of one catalog record: 3.0 field names, 3.0 value styles. */
export function toImageV3(image: LegacyImage, details: ImageDetails): ImageV3 {
  return {
    ImageId: image.ImageId,
    OsName: details.osName,
    ImageType: image.ImageType,
    CreatedTime: image.ImageCreateTime.replace(/\+00:00$/, 'Z'),
    ImageName: image.ImageName,
    ImageDescription: image.ImageDescription,
    ImageSize: details.size,
    Architecture: image.Architecture,
    ImageState: image.ImageStatus,
    Platform: image.Platform,
    ImageCreator: details.creator,
    ImageSource: details.source,
    SyncPercent: details.syncPercent,
    IsSupportCloudinit: details.cloudInit,
    SnapshotSet: details.snapshots.map((snapshot) => ({ ...snapshot })),
    Tags: details.tags.map((tag) => ({ ...tag })),
    LicenseType: details.license,
    ImageDeprecated: details.deprecated,
    ...(details.family ? { ImageFamily: details.family } : {}),
    ...(details.cdc ? { CdcCacheStatus: details.cdc.status } : {}),
  }
}

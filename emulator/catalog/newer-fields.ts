/**
 * The fields API 3.0 added in 2024–2025 (https://cloud.tencent.com/document/api/213/15753#Image): ImageFamily,
 * ImageDeprecated, CdcCacheStatus, and SyncPercent, which real answers also set on NORMAL images. Drawn from
 * their own seed, so adding them moved nothing else in the catalog.
 */
import type { LegacyImage } from '../../core/describe-images.js'
import { CDC_CACHE_STATUSES } from '../../core/describe-images-v3.js'
import { type Random, seededRandom } from './random.js'

export interface CdcCache {
  /** The CDC (CloudDedicatedCluster) the image is cached in: the `dedicated-cluster-id` filter. */
  clusterId: string
  /** One of CDC_CACHE_STATUSES: the `cdc-cache-status` filter. */
  status: string
}

export interface NewerFields {
  family?: string
  deprecated: boolean
  cdc?: CdcCache
  syncPercent: number | null
}

export const CDC_CLUSTER_IDS = ['cluster-0q1xmdkd', 'cluster-7tfgu2wk'] as const

/** Public images past their end of life, which Tencent keeps listing. */
const END_OF_LIFE = /^(CentOS [68]\.|CentOS Stream 8|Ubuntu Server 16\.|Debian [89]\.|Windows Server 2012)/
const FAMILIES = ['business-daily-update', 'web-baseline', 'k8s-node', 'db-golden', 'ci-runner', 'gpu-infer']

function familyOf(image: LegacyImage, random: Random): string | undefined {
  if (image.ImageType === 'PUBLIC_IMAGE') return undefined
  return random.next() < 0.55 ? random.pick(FAMILIES) : undefined
}

function cdcOf(image: LegacyImage, random: Random): CdcCache | undefined {
  if (image.ImageType === 'SHARED_IMAGE' || random.next() >= 0.15) return undefined
  return { clusterId: random.pick(CDC_CLUSTER_IDS), status: random.pick(CDC_CACHE_STATUSES) }
}

function syncPercentOf(image: LegacyImage, random: Random): number | null {
  if (image.ImageStatus === 'SYNCING') return 1 + random.int(99)
  return image.ImageType === 'PRIVATE_IMAGE' && image.ImageStatus === 'NORMAL' && random.next() < 0.2
    ? 100
    : null
}

export function newerFields(image: LegacyImage): NewerFields {
  const random = seededRandom(`v3-newer:${image.ImageId}`)
  const deprecated =
    image.ImageType === 'PUBLIC_IMAGE' ? END_OF_LIFE.test(image.ImageName) : random.next() < 0.08
  const family = familyOf(image, random)
  const cdc = cdcOf(image, random)
  return {
    deprecated,
    syncPercent: syncPercentOf(image, random),
    ...(family ? { family } : {}),
    ...(cdc ? { cdc } : {}),
  }
}

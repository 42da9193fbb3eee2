/**
 * The other read-only image answers: the accounts some custom images are shared with
 * (DescribeImageSharePermission) and the region's custom image quota (DescribeImageQuota). Seeded by image id,
 * so the same on every run; refusals as the documents name them.
 */
import type { LegacyImage } from '../../core/describe-images.js'
import type { SharePermission } from '../../core/image-share-permission.js'
import type { RequestError } from '../../core/request/refusal.js'
import type { Catalog } from '../catalog/catalog.js'
import { seededRandom } from '../catalog/random.js'

/** Custom images per region (the SyncImages description in Tencent's API spec speaks of 500). */
export const IMAGE_NUM_QUOTA = 500

const PARTNER_ACCOUNTS = ['100011112222', '100033334444', '3205597606', '200001234567', '100055556666']
const DAY = 86_400_000

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** About one custom image in four is shared, with one to three accounts, after it was made. */
export function sharePermissions(image: LegacyImage): SharePermission[] {
  const random = seededRandom(`${image.ImageId}:shares`)
  if (random.next() >= 0.25) return []
  const count = 1 + random.int(3)
  const start = random.int(PARTNER_ACCOUNTS.length)
  const created = Date.parse(image.ImageCreateTime)
  return Array.from({ length: count }, (_, index) => ({
    AccountId: PARTNER_ACCOUNTS[(start + index) % PARTNER_ACCOUNTS.length] as string,
    CreatedTime: iso(created + (1 + random.int(60)) * DAY),
  }))
}

/** The answer for one image, or the refusal: unknown, or not this account's own (public and shared ones). */
export function describeSharePermission(
  catalog: Catalog,
  imageId: string,
): { SharePermissionSet: SharePermission[] } | RequestError {
  const entry = catalog.entries.find((candidate) => candidate.image.ImageId === imageId)
  if (!entry) {
    return {
      code: 'InvalidImageId.NotFound',
      message: `The image ${JSON.stringify(imageId)} does not exist.`,
    }
  }
  if (entry.image.ImageType !== 'PRIVATE_IMAGE') {
    return {
      code: 'UnauthorizedOperation.ImageNotBelongToAccount',
      message: `The image ${JSON.stringify(imageId)} does not belong to this account.`,
    }
  }
  return { SharePermissionSet: sharePermissions(entry.image) }
}

import { describe, expect, it } from 'vitest'
import type { DescribeImagesRequest } from '../../core/describe-images.js'
import { buildCatalog, queryCatalog, queryCatalogV3 } from './catalog.js'
import { imageDetails, toImageV3 } from './details.js'
import { PUBLIC_IMAGES } from './public.js'

const catalog = buildCatalog('ap-guangzhou', Date.UTC(2026, 11, 1), 600)
const everything: DescribeImagesRequest = {
  region: 'ap-guangzhou',
  imageIds: [],
  filters: [],
  offset: 0,
  limit: 100_000,
}
const images = queryCatalogV3(catalog, everything).ImageSet
const custom = images.filter((image) => image.ImageType !== 'PUBLIC_IMAGE')
const own = images.filter((image) => image.ImageType === 'PRIVATE_IMAGE')

describe('the catalog’s 3.0 view', () => {
  it('lists the same images in the same order as the legacy view', () => {
    const legacy = queryCatalog(buildCatalog('ap-guangzhou', Date.UTC(2026, 11, 1), 600), everything).ImageSet
    expect(images.map((image) => image.ImageId)).toEqual(legacy.map((image) => image.ImageId))
  })

  it('derives the same details for an image every time', () => {
    const again = queryCatalogV3(
      buildCatalog('ap-guangzhou', Date.UTC(2026, 11, 1), 600),
      everything,
    ).ImageSet
    expect(again).toEqual(images)
  })

  it('maps the legacy fields to their 3.0 names and styles', () => {
    const legacy = queryCatalog(catalog, { ...everything, limit: 1 }).ImageSet[0]
    if (!legacy) throw new Error('empty catalog')
    const v3 = toImageV3(legacy, imageDetails(legacy))
    expect(v3).toMatchObject({
      ImageId: legacy.ImageId,
      ImageType: legacy.ImageType,
      ImageState: legacy.ImageStatus,
      CreatedTime: legacy.ImageCreateTime.replace('+00:00', 'Z'),
      Platform: legacy.Platform,
      Architecture: legacy.Architecture,
    })
  })

  it('describes official images as tencent, OFFICIAL, TencentCloud licence, 20 or 50 GiB, no snapshots or tags', () => {
    for (const image of images.filter((candidate) => candidate.ImageType === 'PUBLIC_IMAGE')) {
      expect(image).toMatchObject({
        ImageCreator: 'tencent',
        ImageSource: 'OFFICIAL',
        LicenseType: 'TencentCloud',
      })
      expect(image.OsName).toBe(image.ImageName)
      expect([20, 50]).toContain(image.ImageSize)
      expect(image.SnapshotSet).toEqual([])
      expect(image.Tags).toEqual([])
    }
    const windows2012 = images.find((image) => image.ImageId === 'img-29hl923v')
    expect(windows2012).toMatchObject({ ImageSize: 50, IsSupportCloudinit: false })
  })

  it('names a custom image’s OS after the official image it was built from, console style', () => {
    const officialNames = new Set(PUBLIC_IMAGES.map((image) => image.ImageName))
    for (const image of custom) expect(officialNames).toContain(image.OsName)
  })

  it('marks imports EXTERNAL_IMPORT and gives failed or shared images no snapshots', () => {
    for (const image of own.filter((candidate) => candidate.ImageState.startsWith('IMPORT'))) {
      expect(image.ImageSource).toBe('EXTERNAL_IMPORT')
    }
    for (const image of custom.filter((candidate) => candidate.ImageState.endsWith('FAILED'))) {
      expect(image.SnapshotSet).toEqual([])
    }
    for (const image of custom.filter((candidate) => candidate.ImageType === 'SHARED_IMAGE')) {
      expect(image.SnapshotSet).toEqual([])
    }
    expect(new Set(custom.map((image) => image.ImageSource))).toEqual(
      new Set(['CREATE_IMAGE', 'EXTERNAL_IMPORT']),
    )
  })

  it('gives own images a system-disk snapshot of the image size and sometimes data disks', () => {
    const normal = own.filter((image) => image.ImageState === 'NORMAL')
    for (const image of normal) {
      expect(image.SnapshotSet[0]).toMatchObject({ DiskUsage: 'SYSTEM_DISK', DiskSize: image.ImageSize })
      for (const snapshot of image.SnapshotSet.slice(1)) expect(snapshot.DiskUsage).toBe('DATA_DISK')
    }
    expect(normal.some((image) => image.SnapshotSet.length > 1)).toBe(true)
    const ids = own.flatMap((image) => image.SnapshotSet.map((snapshot) => snapshot.SnapshotId))
    expect(ids.filter((id) => !/^snap-[a-z0-9]{8}$/.test(id))).toEqual([])
  })

  it('reports SyncPercent while SYNCING, 100 on some finished custom images, null otherwise', () => {
    for (const image of images) {
      if (image.ImageState === 'SYNCING') expect(image.SyncPercent).toBeGreaterThan(0)
      else if (image.ImageType === 'PRIVATE_IMAGE' && image.ImageState === 'NORMAL')
        expect([null, 100]).toContain(image.SyncPercent)
      else expect(image.SyncPercent).toBeNull()
    }
  })

  it('tags some custom images env, team and owner, agreeing with their names', () => {
    const tagged = custom.filter((image) => image.Tags.length > 0)
    expect(tagged.length).toBeGreaterThan(custom.length / 4)
    expect(tagged.length).toBeLessThan(custom.length)
    const tag = (image: (typeof images)[number], key: string) => image.Tags.find((t) => t.Key === key)?.Value
    for (const image of tagged) {
      expect(tag(image, 'env')).toBeDefined()
      if (image.ImageName.includes('-prod-')) expect(tag(image, 'env')).toBe('prod')
      if (image.ImageName.includes('数据库')) expect(tag(image, 'team')).toBe('数据库')
    }
    expect(tagged.some((image) => tag(image, 'owner') !== undefined)).toBe(true)
  })

  it('covers sizes from 20 to 500 GiB', () => {
    const sizes = custom.map((image) => image.ImageSize)
    expect(Math.min(...sizes)).toBe(20)
    expect(Math.max(...sizes)).toBe(500)
  })
})

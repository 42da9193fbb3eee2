import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api-error'
import { normalizeDescribeImages, statusDisplay, typeLabel } from './image-model'

const seedImage = {
  ImageId: 'img-pmqg1cw7',
  ImageOsName: 'centos6.6x86_32',
  ImageType: 'PUBLIC_IMAGE',
  ImageCreateTime: '1970-01-01T00:00:00+00:00',
  ImageStatus: 'NORMAL',
  ImageName: 'CentOS 6.6 32位',
  ImageDescription: 'CentOS 6.6 32位',
  Platform: 'CentOS',
  Architecture: 'x86_64',
  Creator: 'PUBLIC',
}

describe('normalizeDescribeImages', () => {
  it('reads the seed example with the legacy RequestID spelling', () => {
    const page = normalizeDescribeImages({
      Response: { ImageSet: [seedImage], TotalCount: 1, RequestID: '5920380e-277a-420a-a221-0caac3eb7159' },
    })
    expect(page.requestId).toBe('5920380e-277a-420a-a221-0caac3eb7159')
    expect(page.totalCount).toBe(1)
    expect(page.images[0]).toMatchObject({
      id: 'img-pmqg1cw7',
      name: 'CentOS 6.6 32位',
      osName: 'centos6.6x86_32',
      type: 'PUBLIC_IMAGE',
      status: 'NORMAL',
      platform: 'CentOS',
      architecture: 'x86_64',
      creator: 'PUBLIC',
      createdAt: '1970-01-01T00:00:00+00:00',
      createdTime: Number.NaN,
    })
    expect(page.images[0]?.raw).toEqual(seedImage)
  })

  it('reads the current RequestId spelling', () => {
    const page = normalizeDescribeImages({ Response: { ImageSet: [], TotalCount: 0, RequestId: 'abc' } })
    expect(page.requestId).toBe('abc')
  })

  it('keeps an unparseable creation time as NaN instead of failing', () => {
    const page = normalizeDescribeImages({
      Response: { ImageSet: [{ ...seedImage, ImageCreateTime: 'yesterday' }], TotalCount: 1, RequestId: 'x' },
    })
    expect(page.images[0]?.createdTime).toBeNaN()
  })

  it('refuses a body without an ImageSet with a BadResponse error', () => {
    expect(() => normalizeDescribeImages({ Response: { TotalCount: 3 } })).toThrow(ApiError)
    expect(() => normalizeDescribeImages('<html>')).toThrow(/no Response object/)
  })
})

const v3Image = {
  ImageId: 'img-9qabwvbn',
  OsName: 'CentOS 7.6 64位',
  ImageType: 'PRIVATE_IMAGE',
  CreatedTime: '2024-05-03T06:22:00Z',
  ImageName: 'web-prod-2024-05',
  ImageDescription: 'nginx + app',
  ImageSize: 50,
  Architecture: 'x86_64',
  ImageState: 'SYNCING',
  Platform: 'CentOS',
  ImageCreator: '100012345678',
  ImageSource: 'CREATE_IMAGE',
  SyncPercent: 42,
  IsSupportCloudinit: true,
  SnapshotSet: [
    { SnapshotId: 'snap-0001abcd', DiskUsage: 'SYSTEM_DISK', DiskSize: 50 },
    { SnapshotId: 'snap-0002abcd', DiskUsage: 'DATA_DISK', DiskSize: 200 },
  ],
  Tags: [
    { Key: 'env', Value: 'prod' },
    { Key: 'team', Value: '数据库' },
  ],
  LicenseType: 'BYOL',
}

describe('normalizeDescribeImages with API 3.0 answers', () => {
  it('maps the 3.0 names onto the same fields as the legacy ones', () => {
    const page = normalizeDescribeImages({
      Response: { ImageSet: [v3Image], TotalCount: 7, RequestId: 'r-3' },
    })
    expect(page).toMatchObject({ totalCount: 7, requestId: 'r-3' })
    expect(page.images[0]).toMatchObject({
      id: 'img-9qabwvbn',
      name: 'web-prod-2024-05',
      osName: 'CentOS 7.6 64位',
      status: 'SYNCING',
      creator: '100012345678',
      createdAt: '2024-05-03T06:22:00Z',
      createdTime: Date.UTC(2024, 4, 3, 6, 22),
    })
    expect(page.images[0]?.raw).toEqual(v3Image)
  })

  it('reads the 3.0-only fields: size, source, cloud-init, licence, snapshots, tags and sync progress', () => {
    const [image] = normalizeDescribeImages({
      Response: { ImageSet: [v3Image], TotalCount: 1, RequestID: 'r' },
    }).images
    expect(image).toMatchObject({
      sizeGiB: 50,
      source: 'CREATE_IMAGE',
      cloudInit: true,
      license: 'BYOL',
      syncPercent: 42,
      snapshots: v3Image.SnapshotSet,
      tags: v3Image.Tags,
    })
  })

  it('leaves the 3.0-only fields out of a legacy image', () => {
    const [image] = normalizeDescribeImages({ Response: { ImageSet: [seedImage], TotalCount: 1 } }).images
    for (const key of ['sizeGiB', 'source', 'cloudInit', 'license', 'snapshots', 'tags', 'syncPercent']) {
      expect(image).not.toHaveProperty(key)
    }
  })

  it('treats a null SyncPercent as not syncing and keeps an image with no tags or snapshots as empty lists', () => {
    const [image] = normalizeDescribeImages({
      Response: { ImageSet: [{ ...v3Image, SyncPercent: null, Tags: [], SnapshotSet: [] }], TotalCount: 1 },
    }).images
    expect(image).not.toHaveProperty('syncPercent')
    expect(image).toMatchObject({ tags: [], snapshots: [] })
  })

  it('drops malformed tags and snapshots instead of failing', () => {
    const [image] = normalizeDescribeImages({
      Response: {
        ImageSet: [
          { ...v3Image, Tags: [{ Key: 'env', Value: 'prod' }, 'x', { Value: 'orphan' }], SnapshotSet: [3] },
        ],
        TotalCount: 1,
      },
    }).images
    expect(image?.tags).toEqual([{ Key: 'env', Value: 'prod' }])
    expect(image?.snapshots).toEqual([])
  })
})

describe('labels', () => {
  it('calls private images Custom', () => {
    expect(typeLabel('PRIVATE_IMAGE')).toBe('Custom')
  })
  it('shows a failed status as failed, and an unknown one as itself', () => {
    expect(statusDisplay('CREATEFAILED')).toEqual({ label: 'Create failed', tone: 'failed' })
    expect(statusDisplay('FROZEN')).toEqual({ label: 'FROZEN', tone: 'unknown' })
    expect(statusDisplay('')).toEqual({ label: 'Unknown', tone: 'unknown' })
  })
  it('knows USING, a state Tencent documents for images in use', () => {
    expect(statusDisplay('USING')).toEqual({ label: 'In use', tone: 'busy' })
  })
})

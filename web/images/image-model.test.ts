import { describe, expect, it } from 'vitest'
import { ApiError } from '../lib/api-error'
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
      createdTime: 0,
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

describe('labels', () => {
  it('calls private images Custom', () => {
    expect(typeLabel('PRIVATE_IMAGE')).toBe('Custom')
  })
  it('shows a failed status as failed, and an unknown one as itself', () => {
    expect(statusDisplay('CREATEFAILED')).toEqual({ label: 'Create failed', tone: 'failed' })
    expect(statusDisplay('USING')).toEqual({ label: 'USING', tone: 'unknown' })
  })
})

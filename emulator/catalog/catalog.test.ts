import { describe, expect, it } from 'vitest'
import type { DescribeImagesRequest, Filter } from '../../core/describe-images.js'
import {
  buildCatalog,
  catalogSource,
  DEFAULT_CUSTOM_IMAGES,
  LEGACY_PUBLIC_CREATE_TIME,
  queryCatalog,
  SHARED_IMAGE_COUNT,
} from './catalog.js'
import { DAY } from './dates.js'
import { PUBLIC_IMAGES } from './public.js'

/** The instant the e2e suite and the visual baselines start the emulator at (EMULATOR_NOW). */
const NOW = Date.UTC(2026, 11, 1)
const catalog = buildCatalog('ap-guangzhou', NOW)
const images = catalog.entries.map((entry) => entry.image)

function query(filters: Filter[], page: Partial<DescribeImagesRequest> = {}) {
  return queryCatalog(catalog, {
    region: 'ap-guangzhou',
    imageIds: [],
    filters,
    offset: 0,
    limit: 100,
    ...page,
  })
}

const countOf = (type: string) => images.filter((image) => image.ImageType === type).length

describe('the catalog', () => {
  it('holds at least 300 images per region by default, of all three types', () => {
    expect(images.length).toBeGreaterThanOrEqual(300)
    expect(countOf('PUBLIC_IMAGE')).toBe(PUBLIC_IMAGES.length)
    expect(countOf('PRIVATE_IMAGE')).toBe(DEFAULT_CUSTOM_IMAGES)
    expect(countOf('SHARED_IMAGE')).toBe(SHARED_IMAGE_COUNT)
  })

  it('is deterministic: same region and size give the same images and ids', () => {
    expect(buildCatalog('ap-guangzhou', NOW).entries.map((entry) => entry.image)).toEqual(images)
  })

  it('differs between regions in custom images but shares the public ones', () => {
    const tokyo = buildCatalog('ap-tokyo', NOW).entries.map((entry) => entry.image)
    const privateIds = (list: typeof images) =>
      list.filter((image) => image.ImageType === 'PRIVATE_IMAGE').map((image) => image.ImageId)
    expect(privateIds(tokyo)).not.toEqual(privateIds(images))
    const publicIds = (list: typeof images) =>
      list.filter((image) => image.ImageType === 'PUBLIC_IMAGE').map((image) => image.ImageId)
    expect(publicIds(tokyo)).toEqual(publicIds(images))
  })

  it('gives every image a unique id shaped img- plus 8 lower-case alphanumerics', () => {
    const ids = images.map((image) => image.ImageId)
    for (const id of ids) expect(id).toMatch(/^img-[a-z0-9]{8}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('includes the real public image ids, e.g. img-9qabwvbn CentOS 7.6', () => {
    expect(images.find((image) => image.ImageId === 'img-9qabwvbn')).toMatchObject({
      ImageName: 'CentOS 7.6 64位',
      ImageType: 'PUBLIC_IMAGE',
      Platform: 'CentOS',
      Creator: 'PUBLIC',
    })
    expect(images.find((image) => image.ImageId === 'img-mmy6qctz')?.ImageName).toBe(
      'Windows Server 2019 数据中心版 64位中文版',
    )
  })

  it('carries the fields of the legacy endpoint’s answer and nothing else', () => {
    expect(Object.keys(images[0] ?? {}).sort()).toEqual(
      [
        'Architecture',
        'Creator',
        'ImageCreateTime',
        'ImageDescription',
        'ImageId',
        'ImageName',
        'ImageOsName',
        'ImageStatus',
        'ImageType',
        'Platform',
      ].sort(),
    )
  })

  it('dates every image between 2016 and its now, newest first, ties by ImageId', () => {
    const times = images.map((image) => Date.parse(image.ImageCreateTime))
    for (const image of images)
      expect(image.ImageCreateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/)
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.UTC(2016, 0, 1))
    expect(Math.max(...times)).toBeLessThan(NOW)
    images.slice(1).forEach((image, index) => {
      const previous = images[index] as (typeof images)[number]
      const [a, b] = [Date.parse(previous.ImageCreateTime), Date.parse(image.ImageCreateTime)]
      expect(a > b || (a === b && previous.ImageId < image.ImageId)).toBe(true)
    })
  })

  it('has custom images from this week and this month, most of them over the past years', () => {
    const custom = images.filter((image) => image.ImageType !== 'PUBLIC_IMAGE')
    const ages = custom.map((image) => (NOW - Date.parse(image.ImageCreateTime)) / DAY)
    const within = (days: number) => ages.filter((age) => age < days).length
    expect(within(7)).toBeGreaterThanOrEqual(5)
    expect(within(30)).toBeGreaterThan(within(7))
    expect(within(365)).toBeLessThan(custom.length / 2)
    expect(Math.max(...ages)).toBeGreaterThan(8 * 365)
  })

  it('dates custom images back from its now, and keeps the public images’ release dates', () => {
    const later = buildCatalog('ap-guangzhou', NOW + 400 * DAY).entries.map((entry) => entry.image)
    const byId = new Map(images.map((image) => [image.ImageId, image]))
    for (const image of later) {
      const before = byId.get(image.ImageId)
      const moved = Date.parse(image.ImageCreateTime) - Date.parse(before?.ImageCreateTime ?? '')
      expect(moved).toBe(image.ImageType === 'PUBLIC_IMAGE' ? 0 : 400 * DAY)
    }
  })

  it('mixes states, architectures and Chinese, English and mixed names', () => {
    const statuses = new Set(images.map((image) => image.ImageStatus))
    for (const status of ['NORMAL', 'CREATING', 'SYNCING', 'CREATEFAILED', 'IMPORTING', 'IMPORTFAILED'])
      expect(statuses).toContain(status)
    expect(new Set(images.map((image) => image.Architecture))).toEqual(new Set(['x86_64', 'arm']))
    const names = images.map((image) => image.ImageName)
    expect(names.some((name) => /^[\u4e00-\u9fff]+$/.test(name))).toBe(true)
    expect(names.some((name) => /^[a-z0-9.-]+-20\d\d-\d\d-\d\d$/.test(name))).toBe(true)
    expect(names.some((name) => /[\u4e00-\u9fff]/.test(name) && /[a-z]{3}/.test(name))).toBe(true)
    expect(Math.max(...names.map((name) => name.length))).toBeGreaterThanOrEqual(40)
    for (const name of [
      'CentOS',
      'Ubuntu',
      'Debian',
      'TencentOS',
      'OpenCloudOS',
      'Rocky',
      'AlmaLinux',
      '英文版',
    ]) {
      expect(names.some((imageName) => imageName.includes(name))).toBe(true)
    }
  })

  it('scales the custom images with the requested count', () => {
    const large = buildCatalog('ap-beijing', NOW, 5000)
    const privateCount = large.entries.filter((entry) => entry.image.ImageType === 'PRIVATE_IMAGE').length
    expect(privateCount).toBe(5000)
    expect(new Set(large.entries.map((entry) => entry.image.ImageId)).size).toBe(large.entries.length)
  })

  it('builds each region once and keeps it', () => {
    const source = catalogSource(NOW, 10)
    expect(source('ap-seoul')).toBe(source('ap-seoul'))
    expect(source('ap-seoul')).not.toBe(source('ap-tokyo'))
  })
})

describe('queryCatalog', () => {
  it('matches image-id exactly', () => {
    expect(query([{ name: 'image-id', values: ['img-9qabwvbn'] }]).ImageSet.map((i) => i.ImageId)).toEqual([
      'img-9qabwvbn',
    ])
    expect(query([{ name: 'image-id', values: ['img-9qabwvb'] }]).TotalCount).toBe(0)
  })

  it('matches image-type exactly', () => {
    const { TotalCount, ImageSet } = query([{ name: 'image-type', values: ['SHARED_IMAGE'] }])
    expect(TotalCount).toBe(SHARED_IMAGE_COUNT)
    expect(ImageSet.every((image) => image.ImageType === 'SHARED_IMAGE')).toBe(true)
  })

  it('matches image-name as a case-insensitive substring', () => {
    const { ImageSet, TotalCount } = query([{ name: 'image-name', values: ['cEnToS 7.6'] }])
    expect(TotalCount).toBeGreaterThan(0)
    expect(ImageSet.every((image) => image.ImageName.toLowerCase().includes('centos 7.6'))).toBe(true)
    expect(query([{ name: 'image-name', values: ['数据库基线'] }]).TotalCount).toBe(
      images.filter((image) => image.ImageName.includes('数据库基线')).length,
    )
  })

  it('matches platform as a case-insensitive substring', () => {
    const expected = images.filter((image) => image.Platform.toLowerCase().includes('linux')).length
    expect(expected).toBeGreaterThan(0)
    expect(query([{ name: 'platform', values: ['LINUX'] }]).TotalCount).toBe(expected)
  })

  it('ORs the values within a filter and ANDs the filters', () => {
    const either = query([{ name: 'platform', values: ['Ubuntu', 'Debian'] }]).TotalCount
    const ubuntu = query([{ name: 'platform', values: ['Ubuntu'] }]).TotalCount
    const debian = query([{ name: 'platform', values: ['Debian'] }]).TotalCount
    expect(either).toBe(ubuntu + debian)
    const both = query([
      { name: 'platform', values: ['Ubuntu'] },
      { name: 'image-type', values: ['PUBLIC_IMAGE'] },
    ])
    const expected = images.filter(
      (image) => image.Platform === 'Ubuntu' && image.ImageType === 'PUBLIC_IMAGE',
    )
    expect(both.TotalCount).toBe(expected.length)
    expect(both.ImageSet.map((image) => image.ImageId)).toEqual(expected.map((image) => image.ImageId))
  })

  it('answers public images with the epoch as creation time, as the legacy endpoint does, and custom ones dated', () => {
    const official = query([{ name: 'image-type', values: ['PUBLIC_IMAGE'] }], { limit: 100 }).ImageSet
    const custom = query([{ name: 'image-type', values: ['PRIVATE_IMAGE'] }], { limit: 100 }).ImageSet
    expect(official.length).toBeGreaterThan(0)
    for (const image of official) expect(image.ImageCreateTime).toBe(LEGACY_PUBLIC_CREATE_TIME)
    for (const image of custom)
      expect(Date.parse(image.ImageCreateTime)).toBeGreaterThan(Date.UTC(2016, 0, 1))
  })

  it('selects by ImageIds in catalog order', () => {
    const result = queryCatalog(catalog, {
      region: 'ap-guangzhou',
      imageIds: ['img-9qabwvbn', 'img-eb30mz89', 'img-zzzzzzzz'],
      filters: [],
      offset: 0,
      limit: 20,
    })
    expect(result.TotalCount).toBe(2)
    expect(result.ImageSet.map((image) => image.ImageId)).toEqual(['img-eb30mz89', 'img-9qabwvbn'])
  })

  it('counts all matches in TotalCount and returns one page', () => {
    const page = query([], { offset: 10, limit: 7 })
    expect(page.TotalCount).toBe(images.length)
    expect(page.ImageSet).toEqual(images.slice(10, 17))
    expect(query([], { offset: images.length, limit: 7 }).ImageSet).toEqual([])
  })

  it('walking the pages lists every match exactly once', () => {
    const filters: Filter[] = [{ name: 'image-type', values: ['PRIVATE_IMAGE', 'SHARED_IMAGE'] }]
    const seen: string[] = []
    for (let offset = 0; ; offset += 13) {
      const page = query(filters, { offset, limit: 13 })
      expect(page.TotalCount).toBe(DEFAULT_CUSTOM_IMAGES + SHARED_IMAGE_COUNT)
      if (page.ImageSet.length === 0) break
      seen.push(...page.ImageSet.map((image) => image.ImageId))
    }
    expect(seen).toHaveLength(DEFAULT_CUSTOM_IMAGES + SHARED_IMAGE_COUNT)
    expect(new Set(seen).size).toBe(seen.length)
  })
})

describe('ARM64 public images', () => {
  it('name their OS as the console does, marked arm64, with no codes run together', () => {
    const arm = PUBLIC_IMAGES.filter((image) => image.Architecture === 'arm')
    expect(arm.length).toBeGreaterThan(0)
    for (const image of arm) {
      expect(image.ImageOsName).toMatch(/^[A-Z].* 64bit \(arm64\)$/)
      expect(image.ImageOsName).not.toMatch(/aarch64|LTSa|[a-z]\d*x86/)
    }
    expect(arm.map((image) => image.ImageOsName)).toContain('Ubuntu Server 22.04 LTS 64bit (arm64)')
  })
})

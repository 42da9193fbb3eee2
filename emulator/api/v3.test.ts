import { describe, expect, it } from 'vitest'
import type { ImageV3 } from '../../core/describe-images-v3.js'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '../config.js'
import { buildEmulator, type EmulatorOptions } from '../server.js'
import { injectCall } from '../test-support/test-client.js'
import { injectV3Call, type V3CallOptions } from '../test-support/test-client-v3.js'

const credentials = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }
const NOW_S = 1_790_000_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function setup(extra: Partial<EmulatorOptions> = {}) {
  const emulator = buildEmulator({ ...credentials, customImages: 50, now: () => NOW_S * 1000, ...extra })
  const call = (body: unknown = {}, options: V3CallOptions = {}) =>
    injectV3Call(emulator.app, credentials, body, { timestamp: NOW_S, ...options })
  const responseOf = async (body: unknown = {}, options: V3CallOptions = {}) => {
    const response = await call(body, options)
    expect(response.statusCode).toBe(200)
    return response.json().Response
  }
  return { ...emulator, call, responseOf }
}

const { app, responseOf } = setup()
const filter = (Name: string, ...Values: string[]) => ({ Name, Values })

async function everyImage(): Promise<ImageV3[]> {
  const images: ImageV3[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await responseOf({ Offset: offset, Limit: 100 })
    if (page.ImageSet.length === 0) return images
    images.push(...page.ImageSet)
  }
}

const V3_FIELDS = [
  'Architecture',
  'CreatedTime',
  'ImageCreator',
  'ImageDeprecated',
  'ImageDescription',
  'ImageId',
  'ImageName',
  'ImageSize',
  'ImageSource',
  'ImageState',
  'ImageType',
  'IsSupportCloudinit',
  'LicenseType',
  'OsName',
  'Platform',
  'SnapshotSet',
  'SyncPercent',
  'Tags',
]

describe('the emulator’s API 3.0 endpoint', () => {
  it('answers a signed POST / with ImageSet in 3.0 field names, TotalCount and a uuid RequestId', async () => {
    const response = await setup().call({ Limit: 3 })
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const body = response.json()
    expect(Object.keys(body.Response).sort()).toEqual(['ImageSet', 'RequestId', 'TotalCount'])
    expect(body.Response.RequestId).toMatch(UUID)
    expect(body.Response.ImageSet).toHaveLength(3)
    for (const image of body.Response.ImageSet) {
      // The 2024–2025 fields: ImageDeprecated always, ImageFamily and CdcCacheStatus where they apply.
      const optional = ['ImageFamily', 'CdcCacheStatus']
      const keys = Object.keys(image).filter((key) => !optional.includes(key))
      expect(keys.sort()).toEqual(V3_FIELDS)
    }
  })

  it('shows an official image in 3.0 style: console OS name, tencent, OFFICIAL, size, UTC Z time', async () => {
    const result = await responseOf({ ImageIds: ['img-9qabwvbn'] }, { region: 'ap-shanghai' })
    expect(result.ImageSet[0]).toEqual({
      ImageId: 'img-9qabwvbn',
      OsName: 'CentOS 7.6 64位',
      ImageType: 'PUBLIC_IMAGE',
      CreatedTime: '2018-12-18T00:00:00Z',
      ImageName: 'CentOS 7.6 64位',
      ImageDescription: 'CentOS 7.6 64位',
      ImageSize: 50,
      Architecture: 'x86_64',
      ImageState: 'NORMAL',
      Platform: 'CentOS',
      ImageCreator: 'tencent',
      ImageSource: 'OFFICIAL',
      SyncPercent: null,
      IsSupportCloudinit: true,
      SnapshotSet: [],
      Tags: [],
      LicenseType: 'TencentCloud',
      ImageDeprecated: false,
    })
  })

  it('serves the same catalog as the legacy endpoint: same ids, same order, same totals', async () => {
    const legacy = await injectCall(
      app,
      credentials,
      [
        ['Region', 'ap-guangzhou'],
        ['Offset', '40'],
        ['Limit', '30'],
      ],
      {
        timestamp: NOW_S,
        nonce: 'same-catalog',
      },
    )
    const v3 = await responseOf({ Offset: 40, Limit: 30 })
    const ids = (set: { ImageId: string }[]) => set.map((image) => image.ImageId)
    expect(ids(v3.ImageSet)).toEqual(ids(legacy.json().Response.ImageSet))
    expect(v3.TotalCount).toBe(legacy.json().Response.TotalCount)
  })

  it('accepts Content-Type with a charset, as the docs’ example sends it', async () => {
    const result = await responseOf({ Limit: 1 }, { contentType: 'application/json; charset=utf-8' })
    expect(result.ImageSet).toHaveLength(1)
  })

  it('gives custom images sizes of 20–500 GiB, snapshots, sources and the owner’s UIN as creator', async () => {
    const custom = (await everyImage()).filter((image) => image.ImageType !== 'PUBLIC_IMAGE')
    for (const image of custom) {
      expect(image.ImageSize).toBeGreaterThanOrEqual(20)
      expect(image.ImageSize).toBeLessThanOrEqual(500)
      expect(image.ImageCreator).toMatch(/^[0-9]+$/)
      expect(['CREATE_IMAGE', 'EXTERNAL_IMPORT']).toContain(image.ImageSource)
      expect(image.CreatedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      if (image.ImageState === 'SYNCING') expect(image.SyncPercent).toBeGreaterThan(0)
      else expect([null, 100]).toContain(image.SyncPercent)
    }
    const own = custom.filter((image) => image.ImageType === 'PRIVATE_IMAGE' && image.ImageState === 'NORMAL')
    for (const image of own) {
      expect(image.SnapshotSet[0]).toEqual({
        SnapshotId: expect.stringMatching(/^snap-[a-z0-9]{8}$/),
        DiskUsage: 'SYSTEM_DISK',
        DiskSize: image.ImageSize,
      })
    }
    expect(custom.some((image) => image.Tags.length > 0)).toBe(true)
    expect(custom.some((image) => image.LicenseType === 'BYOL')).toBe(true)
  })
})

describe('API 3.0 filters', () => {
  const count = async (...filters: { Name: string; Values: string[] }[]) =>
    (await responseOf({ Filters: filters, Limit: 100 })).TotalCount

  it('match tag-key, tag-value and tag:<key> exactly, as counted over the whole catalog', async () => {
    const all = await everyImage()
    const withTag = (test: (tag: { Key: string; Value: string }) => boolean) =>
      all.filter((image) => image.Tags.some(test)).length
    const prodCount = withTag((tag) => tag.Key === 'env' && tag.Value === 'prod')
    expect(prodCount).toBeGreaterThan(0)
    expect(await count(filter('tag:env', 'prod'))).toBe(prodCount)
    expect(await count(filter('tag:env', 'PROD'))).toBe(0)
    expect(await count(filter('tag:owner', 'prod'))).toBe(0)
    expect(await count(filter('tag-value', 'prod'))).toBe(prodCount)
    expect(await count(filter('tag-key', 'owner'))).toBe(withTag((tag) => tag.Key === 'owner'))
    expect(await count(filter('tag-value', '数据库'))).toBe(withTag((tag) => tag.Value === '数据库'))
    expect(await count(filter('tag:team', '数据库', 'sre'))).toBe(
      withTag((tag) => tag.Key === 'team' && ['数据库', 'sre'].includes(tag.Value)),
    )
  })

  it('ANDs tag filters with the legacy ones', async () => {
    const all = await everyImage()
    const expected = all.filter(
      (image) => image.ImageType === 'SHARED_IMAGE' && image.Tags.some((tag) => tag.Key === 'env'),
    ).length
    expect(await count(filter('image-type', 'SHARED_IMAGE'), filter('tag-key', 'env'))).toBe(expected)
  })

  it('match platform and image-name as case-insensitive substrings, like the legacy endpoint', async () => {
    const all = await everyImage()
    expect(await count(filter('platform', 'ubuntu'))).toBe(
      all.filter((image) => image.Platform === 'Ubuntu').length,
    )
    expect(await count(filter('image-name', '数据中心版'))).toBe(8)
  })

  it('narrows to the architecture an InstanceType boots: SR (ARM) or x86_64', async () => {
    const all = await everyImage()
    const arm = all.filter((image) => image.Architecture === 'arm').length
    expect((await responseOf({ InstanceType: 'SR1.MEDIUM2' })).TotalCount).toBe(arm)
    expect((await responseOf({ InstanceType: 'SA5.MEDIUM2' })).TotalCount).toBe(all.length - arm)
    expect((await responseOf({ InstanceType: 'SN3ne.LARGE8' })).TotalCount).toBe(all.length - arm)
    expect((await responseOf({ InstanceType: 'HCCPNV4ane.58XLARGE1929' })).TotalCount).toBe(all.length - arm)
  })

  it('refuses an instance family it does not know with InvalidParameterValue.InstanceTypeNotFound', async () => {
    const body = (await setup().call({ InstanceType: 'ZZ9.HUGE1' })).json()
    expect(body.Response.Error.Code).toBe('InvalidParameterValue.InstanceTypeNotFound')
  })

  it('match dedicated-cluster-id and cdc-cache-status against the images cached in a CDC', async () => {
    const all = await everyImage()
    const cached = all.filter((image) => image.CdcCacheStatus !== undefined)
    expect(cached.length).toBeGreaterThan(0)
    expect(cached.length).toBeLessThan(all.length / 2)
    for (const status of ['CACHED_ALL', 'CACHING', 'CACHED', 'CACHE_INVALID', 'CACHE_FAILED']) {
      expect(await count(filter('cdc-cache-status', status))).toBe(
        cached.filter((image) => image.CdcCacheStatus === status).length,
      )
    }
    const [first, second] = await Promise.all([
      count(filter('dedicated-cluster-id', 'cluster-0q1xmdkd')),
      count(filter('dedicated-cluster-id', 'cluster-7tfgu2wk')),
    ])
    expect(first + second).toBe(cached.length)
    expect(await count(filter('dedicated-cluster-id', 'cluster-nothere1'))).toBe(0)
  })

  it('refuses a cdc-cache-status outside the documented values', async () => {
    const body = (await setup().call({ Filters: [filter('cdc-cache-status', 'CACHED_SOME')] })).json()
    expect(body.Response.Error.Code).toBe('InvalidParameterValue')
  })
})

describe('the 2024–2025 fields', () => {
  it('fills ImageFamily on some custom images, ImageDeprecated on all, and SyncPercent on some NORMAL ones', async () => {
    const all = await everyImage()
    expect(all.every((image) => typeof image.ImageDeprecated === 'boolean')).toBe(true)
    expect(all.some((image) => image.ImageDeprecated)).toBe(true)
    expect(all.some((image) => image.ImageFamily !== undefined)).toBe(true)
    expect(all.some((image) => image.ImageState === 'NORMAL' && image.SyncPercent === 100)).toBe(true)
    const centos6 = all.find((image) => image.ImageName === 'CentOS 6.8 64位')
    expect(centos6?.ImageDeprecated).toBe(true)
  })
})

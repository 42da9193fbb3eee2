import { afterEach, describe, expect, it } from 'vitest'
import { activateLanguage } from '../../lib/i18n'
import { messages as english } from '../../locales/en'
import { messages as laterEnglish } from '../../locales/en/later'
import { messages as chinese } from '../../locales/zh-CN'
import { messages as laterChinese } from '../../locales/zh-CN/later'
import { testImage } from '../../test-support/images'
import { compareRows, differenceCount } from './compare-rows'

const image = testImage

describe('compareRows', () => {
  it('marks the fields that differ and leaves out fields no image has', () => {
    const rows = compareRows([image('img-a'), image('img-b', { architecture: 'arm' })])
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]))
    expect(byLabel.Architecture).toEqual({
      label: 'Architecture',
      values: ['x86_64', 'arm'],
      differs: true,
      data: true,
    })
    expect(byLabel.Status?.data).toBe(false)
    expect(byLabel.Platform?.differs).toBe(false)
    expect(byLabel.Description).toBeUndefined()
    expect(byLabel.Size).toBeUndefined()
  })

  it('keeps only the differences when asked', () => {
    const images = [image('img-a'), image('img-b', { status: 'SYNCING', syncPercent: 40 }), image('img-c')]
    expect(compareRows(images, true).map((row) => row.label)).toEqual([
      'Name',
      'ID',
      'Status',
      'Sync progress',
    ])
    expect(differenceCount(images)).toBe(4)
  })

  it('reads every value as the drawer does, never as the API’s code', () => {
    const rows = compareRows([
      image('img-a', {
        source: 'EXTERNAL_IMPORT',
        license: 'BYOL',
        deprecated: true,
        cdcCacheStatus: 'CACHING',
      }),
      image('img-b', {
        source: 'OFFICIAL',
        snapshots: [{ SnapshotId: 'snap-1', DiskUsage: 'SYSTEM_DISK', DiskSize: 50 }],
      }),
    ])
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row.values]))
    expect(byLabel.Source).toEqual(['Imported', 'Official'])
    expect(byLabel.Type).toEqual(['Custom (PRIVATE_IMAGE)', 'Custom (PRIVATE_IMAGE)'])
    expect(byLabel.Status).toEqual(['Normal, Deprecated', 'Normal'])
    expect(byLabel.Snapshots).toEqual(['', 'snap-1 (System disk, 50 GiB)'])
    expect(JSON.stringify(rows)).not.toMatch(/EXTERNAL_IMPORT|OFFICIAL|BYOL"|SYSTEM_DISK/)
  })

  it('compares tags regardless of their order', () => {
    const a = image('img-a', {
      tags: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'web' },
      ],
    })
    const b = image('img-b', {
      tags: [
        { Key: 'team', Value: 'web' },
        { Key: 'env', Value: 'prod' },
      ],
    })
    expect(compareRows([a, b]).find((row) => row.label === 'Tags')?.differs).toBe(false)
  })
})

describe('in Chinese', () => {
  afterEach(() => activateLanguage('en', { ...english, ...laterEnglish }))

  it('labels the fields and words the states in Tencent’s terms, the data as sent', () => {
    activateLanguage('zh-CN', { ...chinese, ...laterChinese })
    const rows = compareRows([
      image('img-a', { cloudInit: true, source: 'EXTERNAL_IMPORT', license: 'BYOL' }),
      image('img-b', { status: 'SYNCING', source: 'CREATE_IMAGE' }),
    ])
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]))
    expect(byLabel.状态?.values).toEqual(['正常', '同步中'])
    expect(byLabel.类型?.values).toEqual(['自定义镜像（PRIVATE_IMAGE）', '自定义镜像（PRIVATE_IMAGE）'])
    expect(byLabel['Cloud-init']?.values).toEqual(['支持', ''])
    expect(byLabel.镜像来源).toMatchObject({ values: ['外部导入镜像', '自定义镜像'], data: false })
    expect(byLabel.许可类型?.values).toEqual(['用户自带许可（BYOL）', ''])
    expect(byLabel.操作系统).toMatchObject({
      values: ['Ubuntu Server 22.04 LTS 64bit', 'Ubuntu Server 22.04 LTS 64bit'],
      data: true,
    })
  })
})

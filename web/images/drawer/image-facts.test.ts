import { describe, expect, it } from 'vitest'
import type { Image } from '../data/image-model'
import { diskLabel, formatGiB, otherFacts, v3Facts } from './image-facts'

const base: Image = {
  id: 'img-1',
  name: 'n',
  osName: 'o',
  type: 'PRIVATE_IMAGE',
  status: 'NORMAL',
  platform: 'CentOS',
  architecture: 'x86_64',
  creator: 'c',
  description: '',
  createdAt: '',
  createdTime: Number.NaN,
  raw: {},
}

describe('v3Facts', () => {
  it('says nothing for a legacy image', () => {
    expect(v3Facts(base)).toEqual([])
  })

  it('words each 3.0 field that is present', () => {
    const facts = v3Facts({
      ...base,
      sizeGiB: 1024,
      source: 'EXTERNAL_IMPORT',
      cloudInit: false,
      license: 'BYOL',
      family: 'business-daily-update',
      cdcCacheStatus: 'CACHED',
    })
    expect(facts).toEqual([
      { label: 'Size', value: '1,024 GiB' },
      { label: 'Source', value: 'Imported' },
      { label: 'Cloud-init', value: 'Not supported' },
      { label: 'Licence', value: 'Bring your own licence (BYOL)' },
      { label: 'Image family', value: 'business-daily-update', data: true },
      { label: 'CDC cache', value: 'Cached (CACHED)' },
    ])
  })

  it('shows values it has no words for as they came', () => {
    expect(v3Facts({ ...base, source: 'MARKETPLACE', license: 'Other' })).toEqual([
      { label: 'Source', value: 'MARKETPLACE' },
      { label: 'Licence', value: 'Other' },
    ])
  })
})

describe('otherFacts', () => {
  it('lists only fields without a row of their own, in either spelling, and skips nulls', () => {
    const raw = {
      ImageId: 'img-1',
      OsName: 'x',
      ImageState: 'NORMAL',
      ImageFamily: 'web',
      ImageDeprecated: false,
      CdcCacheStatus: 'CACHED',
      SyncPercent: null,
      Extra: null,
      LaunchPermissions: ['a'],
    }
    expect(otherFacts(raw)).toEqual([{ label: 'LaunchPermissions', value: '["a"]' }])
  })
})

describe('disk words', () => {
  it('names disk usages and sizes', () => {
    expect(diskLabel('SYSTEM_DISK')).toBe('System disk')
    expect(diskLabel('LOCAL_DISK')).toBe('LOCAL_DISK')
    expect(formatGiB(50)).toBe('50 GiB')
    expect(formatGiB(Number.NaN)).toBe('—')
  })
})

import { describe, expect, it } from 'vitest'
import { REGIONS } from '../../../core/regions'
import { regionOptions } from './region-options'

const row = (Region: string, RegionName: string, RegionState = 'AVAILABLE') => ({
  Region,
  RegionName,
  RegionState,
})

describe('regionOptions', () => {
  it('is the built-in list without a live one', () => {
    const options = regionOptions(null, 'ap-guangzhou')
    expect(options).toHaveLength(REGIONS.length)
    expect(options[0]).toEqual({ id: 'ap-guangzhou', label: 'Guangzhou (ap-guangzhou)' })
  })

  it('follows the live list: known regions by their usual names, new ones by Tencent’s, unavailable ones left out', () => {
    const live = [
      row('ap-shanghai', '华东地区(上海)'),
      row('ap-guangzhou', '华南地区(广州)'),
      row('ap-qingyuan', '华南地区(清远)'),
      row('ap-tokyo', '亚太东北(东京)', 'UNAVAILABLE'),
    ]
    expect(regionOptions(live, 'ap-guangzhou')).toEqual([
      { id: 'ap-guangzhou', label: 'Guangzhou (ap-guangzhou)' },
      { id: 'ap-shanghai', label: 'Shanghai (ap-shanghai)' },
      { id: 'ap-qingyuan', label: '华南地区(清远) (ap-qingyuan)' },
    ])
  })

  it('always offers the region on screen, even one no list has', () => {
    const options = regionOptions(null, 'ap-newcity')
    expect(options.at(-1)).toEqual({ id: 'ap-newcity', label: 'ap-newcity (not listed)' })
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { UTC_ZONE } from '../../lib/format'
import { activateLanguage } from '../../lib/i18n'
import { messages as english } from '../../locales/en'
import { messages as laterEnglish } from '../../locales/en/later'
import { messages as chinese } from '../../locales/zh-CN'
import { normalizeDescribeImages } from '../data/image-model'
import { NO_FILTERS } from '../filters/filter-chips'
import { NO_LOCAL_FILTERS } from '../local-filters/local-filters'
import { exportFileName, filterWords, localFilterWords, toCsv, toJson, toMarkdown } from './export-formats'

const wire = [
  {
    ImageId: 'img-aaaa1111',
    ImageName: 'web, "blue" 测试',
    ImageType: 'PRIVATE_IMAGE',
    ImageOsName: 'Ubuntu Server 22.04 LTS 64位',
    Platform: 'Ubuntu',
    Architecture: 'x86_64',
    ImageStatus: 'NORMAL',
    ImageCreateTime: '2024-05-03T06:22:00+00:00',
    Creator: '=HYPERLINK("x")',
    ImageDescription: 'line one\nline two',
  },
  {
    ImageId: 'img-bbbb2222',
    ImageName: 'a|b',
    ImageType: 'PUBLIC_IMAGE',
    ImageOsName: 'CentOS',
    Platform: 'CentOS',
    Architecture: 'arm',
    ImageStatus: 'CREATEFAILED',
    ImageCreateTime: 'yesterday',
    Creator: 'PUBLIC',
    ImageDescription: '',
  },
]
const images = normalizeDescribeImages({ Response: { ImageSet: wire, TotalCount: 2, RequestId: 'r' } }).images

describe('toCsv', () => {
  it('writes Created in the zone of the screen, naming it', () => {
    const csv = toCsv(images, ['created'], { id: 'Asia/Shanghai', label: 'UTC+8' })
    expect(csv.split('\r\n')[1]).toBe('2024-05-03 14:22:00 UTC+8')
  })

  it('starts with a BOM, has a header of the given columns and one CRLF line per image', () => {
    const csv = toCsv(images, ['id', 'type', 'status', 'created'], UTC_ZONE)
    expect(csv.startsWith('\uFEFFID,Type,Status,Created\r\n')).toBe(true)
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFID,Type,Status,Created',
      'img-aaaa1111,Custom,Normal,2024-05-03 06:22:00 UTC',
      'img-bbbb2222,Public,Create failed,yesterday',
      '',
    ])
  })

  it('quotes commas and quotes as RFC 4180 says, and keeps Chinese as it is', () => {
    const csv = toCsv(images, ['name'], UTC_ZONE)
    expect(csv.split('\r\n')[1]).toBe('"web, ""blue"" 测试"')
  })

  it('keeps a cell that starts like a formula as text', () => {
    expect(toCsv(images, ['creator'], UTC_ZONE).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")"`)
  })
})

describe('toJson', () => {
  it('is the array of images exactly as the API sent them', () => {
    expect(JSON.parse(toJson(images))).toEqual(wire)
  })
})

describe('toMarkdown', () => {
  it('writes a caption, a header, a rule and escaped rows', () => {
    expect(toMarkdown(images, ['name', 'os'], 'Guangzhou · No_filters', UTC_ZONE)).toBe(
      [
        '_Guangzhou · No\\_filters_',
        '',
        '| Name | OS |',
        '| --- | --- |',
        '| web, "blue" 测试 | Ubuntu Server 22.04 LTS 64位 |',
        '| a\\|b | CentOS |',
        '',
      ].join('\n'),
    )
  })
})

describe('exportFileName', () => {
  const time = Date.UTC(2025, 5, 1, 10, 22, 31)

  it('names the region, the filters and the UTC time', () => {
    expect(
      exportFileName({ region: 'ap-guangzhou', filters: ['Type: Custom, Shared', 'Name: web'], time }, 'csv'),
    ).toBe('cvm-images_ap-guangzhou_type-custom-shared_name-web_20250601T102231Z.csv')
  })

  it('says "all" without filters and keeps letters of any script', () => {
    expect(exportFileName({ region: 'ap-shanghai', filters: [], time }, 'json')).toBe(
      'cvm-images_ap-shanghai_all_20250601T102231Z.json',
    )
    expect(exportFileName({ region: 'ap-shanghai', filters: ['Name: 数据 / "x"'], time }, 'json')).toBe(
      'cvm-images_ap-shanghai_name-数据-x_20250601T102231Z.json',
    )
  })

  it('names the browser-side filters after the API’s, however long those are', () => {
    const local = localFilterWords({
      created: { from: '2026-09-01', to: null },
      status: ['NORMAL', 'SYNCING'],
      os: [],
      arch: ['arm'],
    })
    expect(local).toEqual(['created since 2026-09-01', 'status NORMAL SYNCING', 'arch arm'])
    expect(exportFileName({ region: 'ap-guangzhou', filters: ['type custom'], local, time }, 'csv')).toBe(
      'cvm-images_ap-guangzhou_type-custom_created-since-2026-09-01_status-normal-syncing_arch-arm_20250601T102231Z.csv',
    )
    const long = exportFileName(
      { region: 'r', filters: ['name '.repeat(40)], local: ['arch arm'], time },
      'json',
    )
    expect(long).toMatch(/-name_arch-arm_20250601T102231Z\.json$/)
    expect(localFilterWords({ ...NO_LOCAL_FILTERS, created: { from: null, to: '2026-11-30' } })).toEqual([
      'created until 2026-11-30',
    ])
    // A preset stays relative in the file name, as in the link.
    expect(localFilterWords({ ...NO_LOCAL_FILTERS, created: '30d' })).toEqual(['created 30d'])
  })
})

describe('in Chinese', () => {
  afterEach(() => activateLanguage('en', { ...english, ...laterEnglish }))

  it('writes the CSV header and the type and state cells in the page’s words, the data as sent', () => {
    activateLanguage('zh-CN', chinese)
    const lines = toCsv(images, ['id', 'type', 'status', 'os'], UTC_ZONE).split('\r\n')
    expect(lines[0]).toBe('\uFEFF镜像 ID,类型,状态,操作系统')
    expect(lines[1]).toBe('img-aaaa1111,自定义镜像,正常,Ubuntu Server 22.04 LTS 64位')
  })

  it('names files with the same ASCII words in either language', () => {
    const filters = {
      ...NO_FILTERS,
      type: ['PRIVATE_IMAGE' as const],
      name: ['web'],
      tags: [{ key: 'env', values: ['prod'] }],
    }
    const english = filterWords(filters)
    activateLanguage('zh-CN', chinese)
    expect(filterWords(filters)).toEqual(english)
    expect(english).toEqual(['type custom', 'name web', 'tag env prod'])
  })
})

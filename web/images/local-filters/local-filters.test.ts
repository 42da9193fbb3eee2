import { afterEach, describe, expect, it } from 'vitest'
import { activateLanguage } from '../../lib/i18n'
import { messages as english } from '../../locales/en'
import { messages as laterEnglish } from '../../locales/en/later'
import { messages as chinese } from '../../locales/zh-CN'
import { messages as laterChinese } from '../../locales/zh-CN/later'
import type { Image } from '../data/image-model'
import { appendLocalFilterParams, localFilterParamWords, parseLocalFilterParams } from './local-filter-params'
import {
  applyLocalFilters,
  formatLocalFilters,
  hasLocalFilters,
  LOCAL_FILTER_INFO,
  type LocalFilters,
  NO_LOCAL_FILTERS,
} from './local-filters'

function image(id: string, status: string, architecture: string, createdAt: string): Image {
  return {
    id,
    name: id,
    osName: '',
    type: 'PRIVATE_IMAGE',
    status,
    platform: 'Ubuntu',
    architecture,
    creator: '',
    description: '',
    createdAt,
    createdTime: Date.parse(createdAt),
    raw: {},
  }
}

const images = [
  image('img-a', 'NORMAL', 'x86_64', '2026-10-02T08:00:00Z'),
  image('img-b', 'SYNCING', 'arm', '2026-06-02T08:00:00Z'),
  image('img-c', 'CREATING', 'x86_64', '2025-01-02T08:00:00Z'),
  image('img-d', 'NORMAL', 'arm', 'not a date'),
]
const ids = (list: Image[]) => list.map((item) => item.id)

describe('applyLocalFilters', () => {
  it('keeps everything without filters', () => {
    expect(ids(applyLocalFilters(images, NO_LOCAL_FILTERS))).toEqual(['img-a', 'img-b', 'img-c', 'img-d'])
    expect(hasLocalFilters(NO_LOCAL_FILTERS)).toBe(false)
  })
  it('ORs values within a filter and ANDs the filters', () => {
    const filters: LocalFilters = { created: null, status: ['SYNCING', 'CREATING'], arch: [], os: [] }
    expect(ids(applyLocalFilters(images, filters))).toEqual(['img-b', 'img-c'])
    expect(ids(applyLocalFilters(images, { ...filters, arch: ['ARM'] }))).toEqual(['img-b'])
  })
  it('drops images outside the created range, and those with no date', () => {
    const filters = { ...NO_LOCAL_FILTERS, created: { from: '2026-06-01', to: null } }
    expect(ids(applyLocalFilters(images, filters))).toEqual(['img-a', 'img-b'])
  })
  it('keeps only the images without a date for created=unknown', () => {
    expect(ids(applyLocalFilters(images, { ...NO_LOCAL_FILTERS, created: 'unknown' }))).toEqual(['img-d'])
  })
  it('matches a platform whole, not a part of it as the API does', () => {
    const mixed = [
      { ...image('img-e', 'NORMAL', 'x86_64', ''), platform: 'CentOS' },
      { ...image('img-f', 'NORMAL', 'x86_64', ''), platform: 'TencentOS' },
    ]
    expect(ids(applyLocalFilters(mixed, { ...NO_LOCAL_FILTERS, os: ['centos'] }))).toEqual(['img-e'])
    expect(ids(applyLocalFilters(mixed, { ...NO_LOCAL_FILTERS, os: ['TencentOS'] }))).toEqual(['img-f'])
  })
})

describe('local filter parameters', () => {
  it('round-trip, case-insensitively, ignoring unknown values', () => {
    const params = new URLSearchParams(
      'created=2026-09-01..&status=syncing&status=bogus&status=NORMAL&arch=arm',
    )
    const filters = parseLocalFilterParams(params)
    expect(filters).toEqual({
      created: { from: '2026-09-01', to: null },
      status: ['SYNCING', 'NORMAL'],
      arch: ['arm'],
      os: [],
    })
    const out = new URLSearchParams()
    appendLocalFilterParams(out, filters)
    expect(out.toString()).toBe('created=2026-09-01..&status=syncing&status=normal&arch=arm')
    expect(localFilterParamWords(filters)).toEqual([
      'created=2026-09-01..',
      'status=syncing,normal',
      'arch=arm',
    ])
    expect(localFilterParamWords(NO_LOCAL_FILTERS)).toEqual([])
  })
  it('keep an exact platform and an unknown date as written', () => {
    const filters = parseLocalFilterParams(
      new URLSearchParams('os=Rocky Linux&os=CentOS,CentOS&created=unknown'),
    )
    expect(filters).toMatchObject({ os: ['Rocky Linux', 'CentOS'], created: 'unknown' })
    expect(localFilterParamWords(filters)).toEqual(['created=unknown', 'os=Rocky Linux,CentOS'])
    expect(formatLocalFilters(filters)).toEqual([
      'Created: unknown date',
      'Platform (exact): Rocky Linux, CentOS',
    ])
  })
  it('ignore a malformed range', () => {
    expect(parseLocalFilterParams(new URLSearchParams('created=yesterday')).created).toBeNull()
  })
  it('read as words for the stamp', () => {
    const filters = {
      created: { from: '2026-09-01', to: '2026-11-30' },
      status: ['SYNCING'],
      arch: ['arm'],
      os: [],
    }
    expect(formatLocalFilters(filters)).toEqual([
      'Created: 2026-09-01 – 2026-11-30',
      'Status: Syncing',
      'Architecture: arm',
    ])
  })
})

describe('in Chinese', () => {
  afterEach(() => activateLanguage('en', { ...english, ...laterEnglish }))

  it('reads chips in Tencent’s words, with the days and the architectures as they are', () => {
    activateLanguage('zh-CN', chinese)
    const filters = {
      created: { from: '2026-09-01', to: null },
      status: ['SYNCING', 'CREATEFAILED'],
      arch: ['arm'],
      os: [],
    }
    expect(formatLocalFilters(filters)).toEqual([
      '创建时间：2026-09-01 起',
      '状态：同步中、创建失败',
      '架构：arm',
    ])
    const closed = { ...filters, created: { from: '2026-09-01', to: '2026-11-30' } }
    expect(formatLocalFilters(closed)[0]).toBe('创建时间：2026-09-01 至 2026-11-30')
  })

  it('describes each filter in the menu', () => {
    activateLanguage('zh-CN', { ...chinese, ...laterChinese })
    expect(LOCAL_FILTER_INFO.status.hint).toBe('正常、同步中、创建失败…')
    expect(LOCAL_FILTER_INFO.arch.hint).toBe('x86_64 或 arm')
    activateLanguage('en', { ...english, ...laterEnglish })
    expect(LOCAL_FILTER_INFO.status.hint).toBe('Normal, Syncing, Create failed…')
    expect(LOCAL_FILTER_INFO.arch).toEqual({ label: 'Architecture', hint: 'x86_64 or arm' })
  })
})

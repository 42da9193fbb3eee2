import { describe, expect, it } from 'vitest'
import type { Image } from '../data/image-model'
import { appendLocalFilterParams, parseLocalFilterParams } from './local-filter-params'
import {
  applyLocalFilters,
  formatLocalFilters,
  hasLocalFilters,
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
    const filters: LocalFilters = { created: null, status: ['SYNCING', 'CREATING'], arch: [] }
    expect(ids(applyLocalFilters(images, filters))).toEqual(['img-b', 'img-c'])
    expect(ids(applyLocalFilters(images, { ...filters, arch: ['ARM'] }))).toEqual(['img-b'])
  })
  it('drops images outside the created range, and those with no date', () => {
    const filters = { ...NO_LOCAL_FILTERS, created: { from: '2026-06-01', to: null } }
    expect(ids(applyLocalFilters(images, filters))).toEqual(['img-a', 'img-b'])
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
    })
    const out = new URLSearchParams()
    appendLocalFilterParams(out, filters)
    expect(out.toString()).toBe('created=2026-09-01..&status=syncing&status=normal&arch=arm')
  })
  it('ignore a malformed range', () => {
    expect(parseLocalFilterParams(new URLSearchParams('created=yesterday')).created).toBeNull()
  })
  it('read as words for the stamp', () => {
    const filters = { created: { from: '2026-09-01', to: '2026-11-30' }, status: ['SYNCING'], arch: ['arm'] }
    expect(formatLocalFilters(filters)).toEqual([
      'Created: 2026-09-01 – 2026-11-30',
      'Status: Syncing',
      'Architecture: arm',
    ])
  })
})

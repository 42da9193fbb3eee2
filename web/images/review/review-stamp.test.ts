import { describe, expect, it } from 'vitest'
import { UTC_ZONE } from '../../lib/format'
import { NO_FILTERS } from '../filters/filter-chips'
import { formatStamp, type StampInput, stampParts } from './review-stamp'

const base: StampInput = {
  region: 'ap-guangzhou',
  filters: NO_FILTERS,
  lookup: [],
  total: 1204,
  page: 2,
  size: 20,
  rowsOnPage: 20,
  sort: [],
  sortScope: 'none',
  fetchedAt: Date.UTC(2025, 5, 1, 10, 22, 31),
  error: null,
  zone: UTC_ZONE,
}

describe('formatStamp', () => {
  it('says region, filters, total, page, sort and fetch time in one line', () => {
    expect(formatStamp(base)).toBe(
      'Guangzhou (ap-guangzhou) · No filters · 1,204 images · page 2 of 61, rows 21–40 · API order (unsorted) · fetched 2025-06-01 10:22:31 UTC',
    )
  })

  it('puts the filters in words and says how far the sort reaches', () => {
    const parts = stampParts({
      ...base,
      filters: { ...NO_FILTERS, type: ['PRIVATE_IMAGE', 'SHARED_IMAGE'], name: ['web'] },
      sort: [
        { field: 'name', desc: false },
        { field: 'created', desc: true },
      ],
      sortScope: 'all',
    })
    expect(parts.filters).toBe('Type: Custom or Shared; Name: web')
    expect(parts.sort).toBe('sorted by Name ↑, Created ↓ across all 1,204')
    expect(stampParts({ ...base, sort: [{ field: 'os', desc: true }], sortScope: 'page' }).sort).toBe(
      'sorted by OS ↓ within this page only',
    )
  })

  it('calls a sort over one image "the only image", never "all 1"', () => {
    const one = { ...base, total: 1, page: 1, rowsOnPage: 1, sortScope: 'all' as const }
    expect(stampParts({ ...one, sort: [{ field: 'name', desc: false }] }).sort).toBe(
      'sorted by Name ↑ (the only image)',
    )
  })

  it('lists looked-up IDs instead of filters', () => {
    expect(stampParts({ ...base, lookup: ['img-aaaa1111', 'img-bbbb2222'] }).filters).toBe(
      'Image IDs: img-aaaa1111, img-bbbb2222',
    )
  })

  it('is honest while loading and on an empty result', () => {
    const loading = stampParts({ ...base, region: null, total: null, rowsOnPage: 0, fetchedAt: null })
    expect(loading).toMatchObject({
      region: 'Region loading',
      count: 'loading',
      page: 'page 2',
      fetched: 'fetching…',
    })
    expect(stampParts({ ...base, total: 0, page: 1, rowsOnPage: 0 })).toMatchObject({
      count: '0 images',
      page: 'page 1 of 1',
    })
    expect(stampParts({ ...base, total: 1 }).count).toBe('1 image')
  })

  it('says the request failed, with its code, instead of a fetch time', () => {
    expect(stampParts({ ...base, total: null, fetchedAt: null, error: 'ProxyError.Busy' })).toMatchObject({
      count: 'no result',
      fetched: 'request failed (ProxyError.Busy)',
    })
  })
})

describe('the stamp time zone', () => {
  it('writes the fetch time in the zone of the screen, naming it', () => {
    const zone = { id: 'Asia/Shanghai', label: 'UTC+8' }
    expect(stampParts({ ...base, zone }).fetched).toBe('fetched 2025-06-01 18:22:31 UTC+8')
  })
})

describe('browser-side filters and selection in the stamp', () => {
  const local = { created: { from: '2026-09-01', to: '2026-11-30' }, status: ['SYNCING'], arch: [], os: [] }
  it('names the filters after the API ones and states their reach', () => {
    const parts = stampParts({
      ...base,
      filters: { ...NO_FILTERS, platform: ['Ubuntu'] },
      local,
      filterScope: 'all',
      scanned: 1204,
    })
    expect(parts.filters).toBe(
      'Platform: Ubuntu; Created: 2026-09-01 – 2026-11-30; Status: Syncing (filtered in the browser across all 1,204 images)',
    )
    expect(stampParts({ ...base, local, filterScope: 'page', scanned: 20 }).filters).toMatch(
      /\(filtered in the browser within this page only \(20 images\)\)$/,
    )
  })
  it('says a Created preset as it is meant, relative to the day', () => {
    const lastMonth = { created: '30d' as const, status: [], arch: [], os: [] }
    expect(stampParts({ ...base, local: lastMonth, filterScope: 'all', scanned: 1204 }).filters).toBe(
      'Created: last 30 days (filtered in the browser across all 1,204 images)',
    )
  })
  it('counts the selection next to the page', () => {
    expect(stampParts({ ...base, selected: 3 }).page).toBe('page 2 of 61, rows 21–40, 3 selected')
  })
})

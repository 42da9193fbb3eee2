import { describe, expect, it } from 'vitest'
import { rowSource } from './row-source'

const plain = { isLookup: false, isSorted: false, isFiltered: false, lookupLoaded: false, all: undefined }

describe('rowSource', () => {
  it('takes an unsorted view page by page from the API', () => {
    expect(rowSource(plain)).toEqual({
      rows: 'page',
      active: ['page'],
      stamped: 'page',
      sortScope: 'none',
      filterScope: 'none',
    })
  })

  it('sorts the page alone, and says it is loading, until every result is loaded', () => {
    expect(rowSource({ ...plain, isSorted: true })).toEqual({
      rows: 'page',
      active: ['all', 'page'],
      stamped: 'page',
      sortScope: 'loading',
      filterScope: 'none',
    })
  })

  it('sorts across every result once they are loaded', () => {
    expect(rowSource({ ...plain, isSorted: true, all: 'complete' })).toEqual({
      rows: 'all',
      active: ['all', 'page'],
      stamped: 'all',
      sortScope: 'all',
      filterScope: 'none',
    })
  })

  it('sorts within the page when there are too many results to load', () => {
    expect(rowSource({ ...plain, isSorted: true, all: 'too-many' })).toMatchObject({
      rows: 'page',
      sortScope: 'page',
      filterScope: 'none',
    })
  })

  it('pages every result still at hand after a sort is undone, in API order, without a call', () => {
    expect(rowSource({ ...plain, all: 'complete' })).toEqual({
      rows: 'all',
      active: ['page'],
      stamped: 'all',
      sortScope: 'none',
      filterScope: 'none',
    })
  })

  it('shows an ID lookup from its one call, sorted across it when the view sorts', () => {
    const lookup = { ...plain, isLookup: true, lookupLoaded: true }
    expect(rowSource(lookup)).toEqual({
      rows: 'lookup',
      active: ['lookup'],
      stamped: 'lookup',
      sortScope: 'none',
      filterScope: 'none',
    })
    expect(rowSource({ ...lookup, isSorted: true }).sortScope).toBe('all')
  })

  it('keeps the previous rows while an ID lookup is on its way, and ignores results loaded for a sort', () => {
    expect(rowSource({ ...plain, isLookup: true, all: 'complete' })).toEqual({
      rows: 'page',
      active: ['lookup'],
      stamped: 'lookup',
      sortScope: 'none',
      filterScope: 'none',
    })
  })

  it('filters in the browser across every result, or on the page alone when there are too many', () => {
    expect(rowSource({ ...plain, isFiltered: true })).toMatchObject({
      rows: 'page',
      active: ['all', 'page'],
      filterScope: 'loading',
      sortScope: 'none',
    })
    expect(rowSource({ ...plain, isFiltered: true, all: 'complete' })).toMatchObject({
      rows: 'all',
      filterScope: 'all',
    })
    expect(rowSource({ ...plain, isFiltered: true, all: 'too-many' })).toMatchObject({
      rows: 'page',
      filterScope: 'page',
    })
  })

  it('filters an ID lookup across its one answer', () => {
    expect(rowSource({ ...plain, isLookup: true, isFiltered: true, lookupLoaded: true })).toMatchObject({
      rows: 'lookup',
      active: ['lookup'],
      filterScope: 'all',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { rowSource } from './row-source'

const plain = { isLookup: false, isSorted: false, lookupLoaded: false, all: undefined }

describe('rowSource', () => {
  it('takes an unsorted view page by page from the API', () => {
    expect(rowSource(plain)).toEqual({ rows: 'page', active: ['page'], stamped: 'page', sortScope: 'none' })
  })

  it('sorts the page alone, and says it is loading, until every result is loaded', () => {
    expect(rowSource({ ...plain, isSorted: true })).toEqual({
      rows: 'page',
      active: ['all', 'page'],
      stamped: 'page',
      sortScope: 'loading',
    })
  })

  it('sorts across every result once they are loaded', () => {
    expect(rowSource({ ...plain, isSorted: true, all: 'complete' })).toEqual({
      rows: 'all',
      active: ['all', 'page'],
      stamped: 'all',
      sortScope: 'all',
    })
  })

  it('sorts within the page when there are too many results to load', () => {
    expect(rowSource({ ...plain, isSorted: true, all: 'too-many' })).toMatchObject({
      rows: 'page',
      sortScope: 'page',
    })
  })

  it('pages every result still at hand after a sort is undone, in API order, without a call', () => {
    expect(rowSource({ ...plain, all: 'complete' })).toEqual({
      rows: 'all',
      active: ['page'],
      stamped: 'all',
      sortScope: 'none',
    })
  })

  it('shows an ID lookup from its one call, sorted across it when the view sorts', () => {
    const lookup = { ...plain, isLookup: true, lookupLoaded: true }
    expect(rowSource(lookup)).toEqual({
      rows: 'lookup',
      active: ['lookup'],
      stamped: 'lookup',
      sortScope: 'none',
    })
    expect(rowSource({ ...lookup, isSorted: true }).sortScope).toBe('all')
  })

  it('keeps the previous rows while an ID lookup is on its way, and ignores results loaded for a sort', () => {
    expect(rowSource({ ...plain, isLookup: true, all: 'complete' })).toEqual({
      rows: 'page',
      active: ['lookup'],
      stamped: 'lookup',
      sortScope: 'none',
    })
  })
})

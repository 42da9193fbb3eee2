import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../filters/filter-chips'
import { type RequestView, screenRequest, viewRequest } from './view-request'

const view: RequestView = {
  region: null,
  filters: { ...NO_FILTERS, type: ['PRIVATE_IMAGE'], name: ['web'] },
  lookup: [],
  page: 3,
  size: 20,
}
const filters = [
  { name: 'image-type', values: ['PRIVATE_IMAGE'] },
  { name: 'image-name', values: ['web'] },
]

describe('viewRequest', () => {
  it('asks for the page on screen by Offset and Limit, with the chips as Filters', () => {
    expect(viewRequest(view, 'page')).toEqual({ region: '', imageIds: [], filters, offset: 40, limit: 20 })
  })

  it('starts the whole result at Offset 0 with the largest Limit, whatever the page', () => {
    expect(viewRequest(view, 'all')).toEqual({ region: '', imageIds: [], filters, offset: 0, limit: 100 })
    expect(viewRequest({ ...view, page: 1, size: 50 }, 'all')).toEqual(viewRequest(view, 'all'))
  })

  it("leaves Region to the proxy's default unless the URL names one, for every part alike", () => {
    for (const part of ['page', 'all', { image: 'img-aaaa1111' }] as const) {
      expect(viewRequest(view, part).region).toBe('')
      expect(viewRequest({ ...view, region: 'ap-tokyo' }, part).region).toBe('ap-tokyo')
    }
  })

  it('refuses to combine ImageIds with Filters: a lookup sends no filters', () => {
    const request = viewRequest({ ...view, lookup: ['img-aaaa1111', 'img-bbbb2222'] }, 'all')
    expect(request).toMatchObject({ imageIds: ['img-aaaa1111', 'img-bbbb2222'], filters: [], offset: 0 })
  })

  it('asks for one image by its ID alone, for the drawer', () => {
    expect(viewRequest({ ...view, region: 'ap-tokyo' }, { image: 'img-aaaa1111' })).toEqual({
      region: 'ap-tokyo',
      imageIds: ['img-aaaa1111'],
      filters: [],
      offset: 0,
      limit: 1,
    })
  })
})

describe('screenRequest', () => {
  it('asks for the page on screen, or the whole result when sorting or looking up IDs', () => {
    expect(screenRequest({ ...view, sort: [] })).toEqual(viewRequest(view, 'page'))
    expect(screenRequest({ ...view, sort: [{ field: 'name', desc: false }] })).toEqual(
      viewRequest(view, 'all'),
    )
    const lookup = { ...view, lookup: ['img-aaaa1111'], sort: [] }
    expect(screenRequest(lookup)).toEqual(viewRequest(lookup, 'all'))
  })
})

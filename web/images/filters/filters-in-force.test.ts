import { describe, expect, it } from 'vitest'
import { NO_LOCAL_FILTERS } from '../local-filters/local-filters'
import { NO_FILTERS } from './filter-chips'
import { filtersInForce, withoutFilter } from './filters-in-force'

const set = {
  filters: { ...NO_FILTERS, name: ['zzzz-no-such-image'], type: ['PRIVATE_IMAGE' as const] },
  local: { ...NO_LOCAL_FILTERS, status: ['SYNCING'], arch: ['arm'] },
}

describe('filtersInForce', () => {
  it("names the API's filters in request order, then the browser-side ones", () => {
    expect(filtersInForce(set).map((filter) => filter.label)).toEqual([
      'Type: Custom',
      'Name: zzzz-no-such-image',
      'Status: Syncing',
      'Architecture: arm',
    ])
  })

  it('names nothing when no filter is in force', () => {
    expect(filtersInForce({ filters: NO_FILTERS, local: NO_LOCAL_FILTERS })).toEqual([])
  })

  it('removes one filter and keeps the others', () => {
    const [type, name, status] = filtersInForce(set)
    expect(name && withoutFilter(set, name).filters).toEqual({ ...set.filters, name: [] })
    expect(status && withoutFilter(set, status)).toEqual({ ...set, local: { ...set.local, status: [] } })
    expect(type && filtersInForce(withoutFilter(set, type)).map((filter) => filter.label)).toHaveLength(3)
  })
})

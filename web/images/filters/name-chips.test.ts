import { describe, expect, it } from 'vitest'
import { formatChips } from './chip-format'
import {
  activeChips,
  addChipValue,
  addNameFilter,
  type ChipResult,
  chipFilters,
  chipLabel,
  chipValues,
  type FilterValues,
  filterCount,
  NO_FILTERS,
  removeChip,
  setChipValues,
} from './filter-chips'
import { isMoreNameChip, moreNameChipOf, moreNameIndex, repeatsNames, sameNames } from './name-chips'

function applied(result: ChipResult): FilterValues {
  if (!result.ok) throw new Error(result.message)
  return result.filters
}

const nginx: FilterValues = { ...NO_FILTERS, name: ['nginx'] }
const three = applied(addNameFilter(applied(addNameFilter(nginx, 'prod')), 'edge'))

describe('further Name chips', () => {
  it('adds a term as a Name filter of its own, after the first, where a value would widen the first', () => {
    expect(applied(addChipValue(nginx, 'name', 'prod'))).toEqual({ ...NO_FILTERS, name: ['nginx', 'prod'] })
    expect(applied(addNameFilter(nginx, ' prod '))).toEqual({ ...nginx, moreNames: [['prod']] })
    expect(activeChips(three)).toEqual(['name', 'name2', 'name3'])
  })

  it('makes the first Name chip when there is none yet', () => {
    expect(applied(addNameFilter(NO_FILTERS, 'prod'))).toEqual({ ...NO_FILTERS, name: ['prod'] })
  })

  it('sends each Name chip as its own image-name filter, right after the first, ANDed with the others', () => {
    const filters = { ...three, type: ['PRIVATE_IMAGE' as const], platform: ['Ubuntu'] }
    expect(chipFilters(filters)).toEqual([
      { name: 'image-type', values: ['PRIVATE_IMAGE'] },
      { name: 'image-name', values: ['nginx'] },
      { name: 'image-name', values: ['prod'] },
      { name: 'image-name', values: ['edge'] },
      { name: 'platform', values: ['Ubuntu'] },
    ])
  })

  it('says every Name chip, each with its own values, for the stamp and the exports', () => {
    const filters = applied(addChipValue(three, 'name2', 'staging'))
    expect(formatChips(filters)).toEqual(['Name: nginx', 'Name: prod or staging', 'Name: edge'])
    expect(chipLabel('name2')).toBe('Name')
    expect(chipValues(filters, 'name2')).toEqual(['prod', 'staging'])
  })

  it('removes one Name chip at a time; removing the first promotes the next', () => {
    expect(removeChip(three, 'name2')).toEqual({ ...nginx, moreNames: [['edge']] })
    expect(removeChip(three, 'name')).toEqual({ ...NO_FILTERS, name: ['prod'], moreNames: [['edge']] })
    expect(applied(setChipValues(three, 'name', []))).toEqual(removeChip(three, 'name'))
    expect(removeChip(removeChip(removeChip(three, 'name'), 'name'), 'name')).toEqual(NO_FILTERS)
  })

  it('refuses a Name filter that repeats another, in any order and case', () => {
    const refused = { ok: false, message: 'Another Name filter already has these values.' }
    expect(addNameFilter(nginx, 'NGINX')).toEqual(refused)
    expect(setChipValues(three, 'name3', ['Prod'])).toEqual(refused)
    expect(setChipValues(three, 'name3', ['prod', 'edge'])).toEqual({ ok: true, filters: expect.anything() })
  })

  it('counts each Name chip as one of the 10 filters, with the usual refusal past them', () => {
    let filters = nginx
    for (const term of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])
      filters = applied(addNameFilter(filters, term))
    expect(filterCount(filters)).toBe(10)
    expect(activeChips(filters).at(-1)).toBe('name10')
    expect(addNameFilter(filters, 'j')).toEqual({
      ok: false,
      message: 'At most 10 filters can be combined (DescribeImages limit).',
    })
    expect(addChipValue(filters, 'platform', 'Ubuntu').ok).toBe(false)
  })

  it('keeps 5 values in each Name chip, as in any chip', () => {
    const five = applied(setChipValues(three, 'name2', ['a', 'b', 'c', 'd', 'e']))
    expect(addChipValue(five, 'name2', 'f')).toEqual({
      ok: false,
      message: 'A filter takes at most 5 values (DescribeImages limit).',
    })
  })
})

describe('Name chip ids', () => {
  it('numbers further Name chips from 2, like their URL parameters', () => {
    expect(moreNameChipOf(0)).toBe('name2')
    expect(moreNameIndex('name10')).toBe(8)
    expect(['name2', 'name10', 'name11'].every(isMoreNameChip)).toBe(true)
    expect(['name', 'name1', 'name02', 'name-2', 'names'].some(isMoreNameChip)).toBe(false)
  })

  it('sees two Name filters as the same when their values are, in any order and case', () => {
    expect(sameNames(['Web', 'api'], ['API', 'web'])).toBe(true)
    expect(sameNames(['web'], ['web', 'api'])).toBe(false)
    expect(repeatsNames([['web'], ['api'], ['WEB']])).toBe(true)
    expect(repeatsNames([['web'], ['web', 'api']])).toBe(false)
  })
})

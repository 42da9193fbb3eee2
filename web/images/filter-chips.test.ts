import { describe, expect, it } from 'vitest'
import {
  activeChipCount,
  addChipValue,
  checkLookup,
  formatChip,
  NO_FILTERS,
  parseSearchText,
  removeChip,
  setChipValues,
  toDescribeRequest,
} from './filter-chips'

describe('chip values', () => {
  it('adds a value to a chip, trimmed', () => {
    const result = addChipValue(NO_FILTERS, 'name', '  ubuntu ')
    expect(result).toEqual({ ok: true, filters: { ...NO_FILTERS, name: ['ubuntu'] } })
  })

  it('does not repeat a name that differs only in case', () => {
    const first = addChipValue(NO_FILTERS, 'name', 'Ubuntu')
    if (!first.ok) throw new Error(first.message)
    expect(addChipValue(first.filters, 'name', 'ubuntu')).toEqual(first)
  })

  it('refuses a sixth value with the API limit in the message', () => {
    const five = setChipValues(NO_FILTERS, 'platform', ['a', 'b', 'c', 'd', 'e'])
    if (!five.ok) throw new Error(five.message)
    const sixth = addChipValue(five.filters, 'platform', 'f')
    expect(sixth).toEqual({ ok: false, message: 'A filter takes at most 5 values (DescribeImages limit).' })
  })

  it('drops invalid image types and malformed IDs', () => {
    const result = setChipValues(NO_FILTERS, 'type', ['PRIVATE_IMAGE', 'GOLDEN_IMAGE'])
    expect(result.ok && result.filters.type).toEqual(['PRIVATE_IMAGE'])
    const ids = setChipValues(NO_FILTERS, 'id', ['img-ABCD1234', 'bogus'])
    expect(ids.ok && ids.filters.id).toEqual(['img-abcd1234'])
  })

  it('removes a chip when its last value goes, and with removeChip', () => {
    const result = setChipValues({ ...NO_FILTERS, name: ['x'] }, 'name', [])
    expect(result.ok && activeChipCount(result.filters)).toBe(0)
    expect(removeChip({ ...NO_FILTERS, name: ['x'], platform: ['y'] }, 'name')).toEqual({
      ...NO_FILTERS,
      platform: ['y'],
    })
  })

  it('names a chip by its field and readable values', () => {
    expect(formatChip('type', ['PRIVATE_IMAGE', 'SHARED_IMAGE'])).toBe('Type: Custom, Shared')
  })
})

describe('parseSearchText', () => {
  it('reads IDs separated by spaces, commas, semicolons and new lines, without repeats', () => {
    expect(parseSearchText('img-aaaa1111, img-bbbb2222\nimg-cccc3333;img-AAAA1111  ')).toEqual({
      kind: 'ids',
      ids: ['img-aaaa1111', 'img-bbbb2222', 'img-cccc3333'],
    })
  })

  it('treats a single ID as a lookup', () => {
    expect(parseSearchText('img-pmqg1cw7')).toEqual({ kind: 'ids', ids: ['img-pmqg1cw7'] })
  })

  it('treats anything else, including IDs mixed with words, as a name', () => {
    expect(parseSearchText(' ubuntu 22 ')).toEqual({ kind: 'text', text: 'ubuntu 22' })
    expect(parseSearchText('img-aaaa1111 and more')).toEqual({ kind: 'text', text: 'img-aaaa1111 and more' })
  })

  it('sees blank text as empty', () => {
    expect(parseSearchText(' \n ,')).toEqual({ kind: 'empty' })
  })

  it('caps a lookup at 100 IDs', () => {
    expect(checkLookup(Array.from({ length: 100 }, (_, i) => `img-${i}`))).toBeNull()
    expect(checkLookup(Array.from({ length: 101 }, (_, i) => `img-${i}`))).toMatch(/at most 100/)
  })
})

describe('toDescribeRequest', () => {
  const filters = { ...NO_FILTERS, type: ['PRIVATE_IMAGE' as const], name: ['web'] }

  it('sends chips as Filters in field order, AND between chips', () => {
    expect(toDescribeRequest('ap-guangzhou', filters, [], 40, 20)).toEqual({
      region: 'ap-guangzhou',
      imageIds: [],
      filters: [
        { name: 'image-type', values: ['PRIVATE_IMAGE'] },
        { name: 'image-name', values: ['web'] },
      ],
      offset: 40,
      limit: 20,
    })
  })

  it('refuses to combine ImageIds with Filters: a lookup sends no filters', () => {
    const request = toDescribeRequest('ap-guangzhou', filters, ['img-aaaa1111'], 0, 100)
    expect(request.imageIds).toEqual(['img-aaaa1111'])
    expect(request.filters).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { filtersForApi, hasV3OnlyChips, menuChips, moreChips } from './api-chips'
import { formatChip, formatChips } from './chip-format'
import {
  activeChipCount,
  activeChips,
  addChipValue,
  chipFilters,
  type FilterValues,
  filterCount,
  NO_FILTERS,
  removeChip,
  setChipValues,
  shownChips,
} from './filter-chips'
import { NEW_TAG_CHIP } from './tag-chips'

function applied(result: ReturnType<typeof setChipValues>): FilterValues {
  if (!result.ok) throw new Error(result.message)
  return result.filters
}

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

  it('adds a second search term to the Name chip, which says "or" since it widens the list', () => {
    const first = applied(addChipValue(NO_FILTERS, 'name', 'nginx'))
    const second = applied(addChipValue(first, 'name', 'prod'))
    expect(formatChips(second)).toEqual(['Name: nginx or prod'])
    expect(chipFilters(second)).toEqual([{ name: 'image-name', values: ['nginx', 'prod'] }])
  })

  it('names a chip by its field and readable values', () => {
    expect(formatChip('type', ['PRIVATE_IMAGE', 'SHARED_IMAGE'])).toBe('Type: Custom or Shared')
  })
})

describe('chipFilters', () => {
  it('sends chips as Filters in field order, AND between chips', () => {
    const filters = { ...NO_FILTERS, name: ['web'], type: ['PRIVATE_IMAGE' as const] }
    expect(chipFilters(filters)).toEqual([
      { name: 'image-type', values: ['PRIVATE_IMAGE'] },
      { name: 'image-name', values: ['web'] },
    ])
  })
})

describe('tag chips (API 3.0)', () => {
  const tagged: FilterValues = {
    ...NO_FILTERS,
    type: ['PRIVATE_IMAGE'],
    tagKey: ['owner'],
    tags: [{ key: 'env', values: ['prod', 'staging'] }],
  }

  it('offers Instance type, Tag key, Tag value and Tag, and the CDC filters under More, only in 3.0 mode', () => {
    expect(menuChips('legacy')).toEqual(['type', 'name', 'id', 'platform'])
    expect(moreChips('legacy')).toEqual([])
    expect(menuChips('v3')).toEqual([
      'type',
      'name',
      'id',
      'platform',
      'instanceType',
      'tagKey',
      'tagValue',
      NEW_TAG_CHIP,
    ])
    expect(moreChips('v3')).toEqual(['cluster', 'cdcStatus'])
  })

  it('takes one well-formed instance type, sends it as InstanceType, and counts it against no filter limit', () => {
    expect(applied(setChipValues(NO_FILTERS, 'instanceType', ['SN3ne.LARGE8'])).instanceType).toEqual([
      'SN3ne.LARGE8',
    ])
    expect(applied(setChipValues(NO_FILTERS, 'instanceType', ['sa5-medium'])).instanceType).toEqual([])
    // Typed in lower case it is the same type, spelt as Tencent does.
    expect(applied(setChipValues(NO_FILTERS, 'instanceType', ['sa5.medium2'])).instanceType).toEqual([
      'SA5.MEDIUM2',
    ])
    expect(setChipValues(NO_FILTERS, 'instanceType', ['S5.MEDIUM2', 'SA5.MEDIUM2'])).toMatchObject({
      ok: false,
    })
    const typed = applied(setChipValues(NO_FILTERS, 'instanceType', ['S5.MEDIUM2']))
    expect(chipFilters(typed)).toEqual([])
    expect(filterCount(typed)).toBe(0)
    expect(activeChipCount(typed)).toBe(1)
    expect(formatChips(typed)).toEqual(['Instance type: S5.MEDIUM2'])
  })

  it('sends the CDC chips as dedicated-cluster-id and cdc-cache-status, documented states only', () => {
    const cdc = applied(setChipValues(NO_FILTERS, 'cdcStatus', ['CACHED', 'cached', 'CACHE_FAILED']))
    const both = applied(setChipValues(cdc, 'cluster', ['cluster-12345678']))
    expect(chipFilters(both)).toEqual([
      { name: 'dedicated-cluster-id', values: ['cluster-12345678'] },
      { name: 'cdc-cache-status', values: ['CACHED', 'CACHE_FAILED'] },
    ])
    expect(formatChip('cdcStatus', both.cdcStatus)).toBe('CDC cache status: Cached or Caching failed')
  })

  it('adds a tag:<key> chip, then more values to it, matching case exactly', () => {
    const env = applied(setChipValues(NO_FILTERS, 'tag:env', ['prod']))
    const more = applied(addChipValue(env, 'tag:env', 'Prod'))
    expect(more.tags).toEqual([{ key: 'env', values: ['prod', 'Prod'] }])
    expect(applied(addChipValue(more, 'tag:env', ' prod ')).tags).toEqual(more.tags)
  })

  it('keeps tag chips in the order they were added and edits one in place', () => {
    const two = applied(
      setChipValues(applied(setChipValues(NO_FILTERS, 'tag:env', ['prod'])), 'tag:team', ['sre']),
    )
    const edited = applied(setChipValues(two, 'tag:env', ['dev']))
    expect(activeChips(edited)).toEqual(['tag:env', 'tag:team'])
    expect(edited.tags[0]).toEqual({ key: 'env', values: ['dev'] })
  })

  it('removes a tag chip by its key, or when its last value goes', () => {
    expect(removeChip(tagged, 'tag:env').tags).toEqual([])
    expect(applied(setChipValues(tagged, 'tag:env', [])).tags).toEqual([])
  })

  it('refuses a tag key that is empty or holds a colon', () => {
    expect(setChipValues(NO_FILTERS, NEW_TAG_CHIP, ['prod'])).toEqual({
      ok: false,
      message: 'Enter a tag key.',
    })
    expect(setChipValues(NO_FILTERS, 'tag:a:b', ['x'])).toMatchObject({
      ok: false,
      message: /cannot be a Tag filter/,
    })
  })

  it('counts each tag chip as one of the 10 filters and each chip to 5 values', () => {
    let filters: FilterValues = { ...NO_FILTERS, type: ['PUBLIC_IMAGE'], tagKey: ['k'], tagValue: ['v'] }
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
      filters = applied(setChipValues(filters, `tag:${key}`, ['1']))
    expect(activeChipCount(filters)).toBe(10)
    expect(setChipValues(filters, 'tag:h', ['1'])).toEqual({
      ok: false,
      message: 'At most 10 filters can be combined (DescribeImages limit).',
    })
    expect(setChipValues(filters, 'tag:a', ['1', '2', '3', '4', '5', '6'])).toMatchObject({ ok: false })
    expect(setChipValues(filters, 'tagKey', ['1', '2', '3', '4', '5'])).toMatchObject({ ok: true })
  })

  it('names tag chips by their key', () => {
    expect(formatChip('tag:env', ['prod', 'staging'])).toBe('Tag env: prod or staging')
    expect(formatChips(tagged)).toEqual(['Type: Custom', 'Tag key: owner', 'Tag env: prod or staging'])
  })

  it('shows the chip being edited even before it has values', () => {
    expect(shownChips(tagged, NEW_TAG_CHIP)).toEqual(['type', 'tagKey', 'tag:env', NEW_TAG_CHIP])
    expect(shownChips(tagged, 'tag:env')).toEqual(['type', 'tagKey', 'tag:env'])
  })

  it('sends tag chips as tag-key, tag-value and tag:<key> filters after the others', () => {
    expect(chipFilters({ ...tagged, tagValue: ['prod'] })).toEqual([
      { name: 'image-type', values: ['PRIVATE_IMAGE'] },
      { name: 'tag-key', values: ['owner'] },
      { name: 'tag-value', values: ['prod'] },
      { name: 'tag:env', values: ['prod', 'staging'] },
    ])
  })

  it('drops every 3.0-only chip for the legacy API and keeps them for 3.0', () => {
    expect(hasV3OnlyChips(tagged)).toBe(true)
    const typed = applied(setChipValues(NO_FILTERS, 'instanceType', ['S5.MEDIUM2']))
    expect(hasV3OnlyChips(typed)).toBe(true)
    expect(filtersForApi(typed, 'legacy').instanceType).toEqual([])
    const legacy = filtersForApi(tagged, 'legacy')
    expect(hasV3OnlyChips(legacy)).toBe(false)
    expect(legacy.type).toEqual(['PRIVATE_IMAGE'])
    expect(filtersForApi(tagged, 'v3')).toBe(tagged)
  })
})

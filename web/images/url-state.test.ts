import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, formatViewState, parseSort, parseViewState, type ViewState } from './url-state'

const busyView: ViewState = {
  region: 'ap-shanghai',
  filters: {
    type: ['PRIVATE_IMAGE', 'SHARED_IMAGE'],
    name: ['ubuntu', '数据'],
    id: [],
    platform: ['CentOS'],
  },
  lookup: [],
  page: 3,
  size: 50,
  sort: [
    { field: 'name', desc: false },
    { field: 'created', desc: true },
  ],
  image: 'img-pmqg1cw7',
}

describe('parseViewState', () => {
  it('reads an empty query string as the default view', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW)
  })

  it('reads repeated parameters as the values of one chip', () => {
    const view = parseViewState('?type=custom&type=shared&name=ubuntu&name=debian&platform=CentOS')
    expect(view.filters).toEqual({
      type: ['PRIVATE_IMAGE', 'SHARED_IMAGE'],
      name: ['ubuntu', 'debian'],
      id: [],
      platform: ['CentOS'],
    })
  })

  it('accepts the API spelling of a type as well as the short word', () => {
    expect(parseViewState('?type=PUBLIC_IMAGE&type=Custom').filters.type).toEqual([
      'PUBLIC_IMAGE',
      'PRIVATE_IMAGE',
    ])
  })

  it('ignores invalid values instead of failing', () => {
    const view = parseViewState(
      '?region=mars-1&type=golden&id=not-an-id&page=0&size=33&sort=colour:asc,name:sideways&image=%3Cscript%3E',
    )
    expect(view).toEqual(DEFAULT_VIEW)
  })

  it('ignores negative, fractional and huge page numbers', () => {
    for (const page of ['-2', '1.5', '1e3', '99999999', 'two']) {
      expect(parseViewState(`?page=${page}`).page).toBe(1)
    }
  })

  it('takes the first valid value of a repeated single-valued parameter', () => {
    const view = parseViewState('?page=x&page=4&page=7&size=7&size=100&region=nowhere&region=ap-tokyo')
    expect(view).toMatchObject({ page: 4, size: 100, region: 'ap-tokyo' })
  })

  it('drops repeated and surplus filter values beyond the API limit of 5', () => {
    const names = ['a', 'A', 'b', 'c', 'd', 'e', 'f'].map((n) => `name=${n}`).join('&')
    expect(parseViewState(`?${names}`).filters.name).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('reads lookup IDs, repeated or comma-separated, without repeats', () => {
    const view = parseViewState('?lookup=img-aaaa1111,img-bbbb2222&lookup=IMG-AAAA1111&lookup=junk')
    expect(view.lookup).toEqual(['img-aaaa1111', 'img-bbbb2222'])
  })
})

describe('parseSort', () => {
  it('reads several keys, default ascending, first key per field wins', () => {
    expect(parseSort(['name,created:desc', 'name:desc'])).toEqual([
      { field: 'name', desc: false },
      { field: 'created', desc: true },
    ])
  })
  it('skips malformed keys', () => {
    expect(parseSort(['name:asc:x', ':asc', 'arch:up', 'arch'])).toEqual([{ field: 'arch', desc: false }])
  })
})

describe('formatViewState', () => {
  it('writes nothing for the default view', () => {
    expect(formatViewState(DEFAULT_VIEW)).toBe('')
  })

  it('leaves each default out', () => {
    expect(formatViewState({ ...DEFAULT_VIEW, page: 2 })).toBe('?page=2')
    expect(formatViewState({ ...DEFAULT_VIEW, size: 20, region: null })).toBe('')
  })

  it('writes one parameter per filter value and short type words', () => {
    const query = formatViewState(busyView)
    expect(query).toBe(
      '?region=ap-shanghai&type=custom&type=shared&name=ubuntu&name=%E6%95%B0%E6%8D%AE&platform=CentOS' +
        '&sort=name%3Aasc%2Ccreated%3Adesc&page=3&size=50&image=img-pmqg1cw7',
    )
  })

  it('round-trips a busy view', () => {
    expect(parseViewState(formatViewState(busyView))).toEqual(busyView)
  })

  it('round-trips an ID lookup', () => {
    const view = { ...DEFAULT_VIEW, lookup: ['img-aaaa1111', 'img-bbbb2222'] }
    expect(parseViewState(formatViewState(view))).toEqual(view)
  })

  it('keeps parameters it does not own, such as theme', () => {
    const keep = new URLSearchParams('theme=dark&page=9&type=public')
    expect(formatViewState({ ...DEFAULT_VIEW, page: 2 }, keep)).toBe('?page=2&theme=dark')
  })
})

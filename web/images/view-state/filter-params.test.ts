import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../filters/filter-chips'
import { nameGroups, parseFilterParams } from './filter-params'
import { formatViewState, parseViewState } from './url-state'

const read = (query: string) => parseFilterParams(new URLSearchParams(query))

describe('Name filter parameters', () => {
  it('reads name= as the first Name filter and name2=, name3=… as further ones, each repeated for OR', () => {
    expect(read('name=nginx&name=web&name2=prod&name3=edge&name3=gray')).toEqual({
      ...NO_FILTERS,
      name: ['nginx', 'web'],
      moreNames: [['prod'], ['edge', 'gray']],
    })
  })

  it('reads further Name filters by number, closing gaps, and promotes one when name= is missing', () => {
    expect(read('name3=edge&name=nginx')).toEqual({ ...NO_FILTERS, name: ['nginx'], moreNames: [['edge']] })
    expect(read('name2=prod')).toEqual({ ...NO_FILTERS, name: ['prod'] })
  })

  it('leaves out empty and repeated Name filters, and reads no name1= or name11=', () => {
    expect(read('name=web&name2=WEB&name3=&name4=api&name1=x&name11=y')).toEqual({
      ...NO_FILTERS,
      name: ['web'],
      moreNames: [['api']],
    })
    expect(nameGroups(new URLSearchParams('name=a&name=b&name2=B&name2=A'))).toEqual([
      { key: 'name', values: ['a', 'b'] },
    ])
  })

  it('counts further Name filters against the 10 filters, before tag filters', () => {
    const query = `type=custom&name=a&${['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((v, i) => `name${i + 2}=${v}`).join('&')}`
    const filters = read(`${query}&tag=env:prod`)
    expect(filters.moreNames).toEqual([['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h'], ['i']])
    expect(filters.tags).toEqual([])
  })

  it('round-trips Name filters and writes them canonically after name=', () => {
    const query = '?name=nginx&name=web&name2=prod&name3=edge&name3=gray&platform=Ubuntu'
    expect(formatViewState(parseViewState(query))).toBe(query)
    expect(formatViewState(parseViewState('?platform=Ubuntu&name4=edge&name=nginx&name2=NGINX'))).toBe(
      '?name=nginx&name2=edge&platform=Ubuntu',
    )
  })

  it('owns every name<number>= parameter, so a malformed one is not carried over', () => {
    const keep = new URLSearchParams('name11=x&name1=y&names=z&theme=dark')
    expect(formatViewState(parseViewState('?name=a'), keep)).toBe('?name=a&names=z&theme=dark')
  })
})

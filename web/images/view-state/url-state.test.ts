import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../filters/filter-chips'
import { DEFAULT_VIEW, formatViewState, parseSort, parseViewState, type ViewState } from './url-state'

const busyView: ViewState = {
  mode: 'summary',
  olderThanDays: 90,
  region: 'ap-shanghai',
  filters: {
    type: ['PRIVATE_IMAGE', 'SHARED_IMAGE'],
    name: ['ubuntu', '数据'],
    id: [],
    platform: ['CentOS'],
    tagKey: [],
    tagValue: [],
    instanceType: ['SA5.MEDIUM2'],
    cluster: [],
    cdcStatus: ['CACHED'],
    tags: [],
    moreNames: [['prod'], ['web', 'api']],
  },
  local: { created: { from: '2026-09-01', to: null }, status: ['SYNCING'], arch: ['arm'], os: [] },
  lookup: [],
  page: 3,
  size: 50,
  sort: [
    { field: 'name', desc: false },
    { field: 'created', desc: true },
  ],
  image: 'img-pmqg1cw7',
  compare: ['img-aaaa1111', 'img-bbbb2222'],
  onlyDifferences: true,
  cols: null,
  density: null,
  review: false,
  tz: 'utc',
}

describe('parseViewState', () => {
  it('reads an empty query string as the default view', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW)
  })

  it('reads repeated parameters as the values of one chip', () => {
    const view = parseViewState('?type=custom&type=shared&name=ubuntu&name=debian&platform=CentOS')
    expect(view.filters).toEqual({
      ...NO_FILTERS,
      type: ['PRIVATE_IMAGE', 'SHARED_IMAGE'],
      name: ['ubuntu', 'debian'],
      platform: ['CentOS'],
    })
  })

  it('reads an instance type in lower case as the type Tencent spells in upper case', () => {
    expect(parseViewState('?instancetype=sa5.medium2').filters.instanceType).toEqual(['SA5.MEDIUM2'])
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
      '?view=summary&region=ap-shanghai&type=custom&type=shared&name=ubuntu&name=%E6%95%B0%E6%8D%AE' +
        '&name2=prod&name3=web&name3=api&platform=CentOS' +
        '&instancetype=SA5.MEDIUM2&cdcstatus=CACHED&created=2026-09-01..&status=syncing&arch=arm' +
        '&sort=name%3Aasc%2Ccreated%3Adesc&page=3&size=50&image=img-pmqg1cw7&compare=img-aaaa1111%2Cimg-bbbb2222&diff=1&tz=utc',
    )
  })

  it('reads view= as the list, the summary or the cleanup review, anything else as the list', () => {
    expect(parseViewState('?view=cleanup').mode).toBe('cleanup')
    expect(parseViewState('?view=bogus&view=summary').mode).toBe('summary')
    expect(parseViewState('?view=Cleanup').mode).toBe('list')
    expect(formatViewState({ ...DEFAULT_VIEW, mode: 'list' })).toBe('')
  })

  it('reads older= as whole days up to a hundred years, kept only in the cleanup review', () => {
    expect(parseViewState('?view=cleanup&older=30').olderThanDays).toBe(30)
    expect(parseViewState('?older=0&older=-5&older=1.5&older=36501').olderThanDays).toBe(90)
    expect(formatViewState({ ...DEFAULT_VIEW, mode: 'cleanup', olderThanDays: 365 })).toBe(
      '?view=cleanup&older=365',
    )
    expect(formatViewState({ ...DEFAULT_VIEW, mode: 'cleanup', olderThanDays: 90 })).toBe('?view=cleanup')
    expect(formatViewState({ ...DEFAULT_VIEW, olderThanDays: 365 })).toBe('')
  })

  it('round-trips a busy view', () => {
    expect(parseViewState(formatViewState(busyView))).toEqual(busyView)
  })

  it('keeps a Created preset relative in the link, and an explicit range a range', () => {
    const lastMonth = { ...DEFAULT_VIEW, local: { ...DEFAULT_VIEW.local, created: '30d' as const } }
    expect(formatViewState(lastMonth)).toBe('?created=30d')
    expect(parseViewState('?created=30d')).toEqual(lastMonth)
    expect(parseViewState('?created=2026-09-01..2026-11-30').local.created).toEqual({
      from: '2026-09-01',
      to: '2026-11-30',
    })
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

describe('column, density and review parameters', () => {
  it('reads visible columns in order, dropping unknown and repeated ones', () => {
    expect(parseViewState('?cols=status,name,colour,status&cols=id').cols).toEqual(['status', 'name', 'id'])
  })

  it('treats every column in the default order as no choice', () => {
    expect(
      parseViewState('?cols=name,id,type,os,platform,arch,status,created,creator,family').cols,
    ).toBeNull()
    expect(parseViewState('?cols=colour').cols).toBeNull()
  })

  it('reads density and review mode, ignoring other values', () => {
    expect(parseViewState('?density=compact&review=1')).toMatchObject({ density: 'compact', review: true })
    expect(parseViewState('?density=tiny&review=yes')).toMatchObject({ density: null, review: false })
  })

  it('writes and round-trips them after the other parameters', () => {
    const view: ViewState = { ...DEFAULT_VIEW, cols: ['name', 'status'], density: 'compact', review: true }
    expect(formatViewState(view)).toBe('?cols=name%2Cstatus&density=compact&review=1')
    expect(parseViewState(formatViewState(view))).toEqual(view)
  })
})

describe('tag parameters (API 3.0)', () => {
  it('reads tagkey, tagvalue and tag=<key>:<value>, grouping values by key in first-seen order', () => {
    const view = parseViewState('?tagkey=owner&tagvalue=prod&tag=env:prod&tag=team:sre&tag=env:staging')
    expect(view.filters).toEqual({
      ...NO_FILTERS,
      tagKey: ['owner'],
      tagValue: ['prod'],
      tags: [
        { key: 'env', values: ['prod', 'staging'] },
        { key: 'team', values: ['sre'] },
      ],
    })
  })

  it('splits a tag at its first colon, so values may hold colons', () => {
    expect(parseViewState('?tag=url:https://a.example:8080').filters.tags).toEqual([
      { key: 'url', values: ['https://a.example:8080'] },
    ])
  })

  it('ignores tags without a key or a value, and exact repeats', () => {
    const view = parseViewState('?tag=nokey&tag=:x&tag=env:&tag=env:prod&tag=env:prod&tag=env:Prod')
    expect(view.filters.tags).toEqual([{ key: 'env', values: ['prod', 'Prod'] }])
  })

  it('keeps the API limits: 5 values per tag and 10 filters in all', () => {
    const values = ['1', '2', '3', '4', '5', '6'].map((v) => `tag=env:${v}`).join('&')
    expect(parseViewState(`?${values}`).filters.tags).toEqual([
      { key: 'env', values: ['1', '2', '3', '4', '5'] },
    ])
    const keys = Array.from({ length: 12 }, (_, i) => `tag=k${i}:v`).join('&')
    const view = parseViewState(`?type=custom&name=web&${keys}`)
    expect(view.filters.tags.map((tag) => tag.key)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'])
  })

  it('writes tag chips after the other filters and round-trips them', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      filters: {
        ...NO_FILTERS,
        name: ['web'],
        tagKey: ['owner'],
        tags: [{ key: '团队', values: ['数据库', 'sre'] }],
      },
    }
    expect(formatViewState(view)).toBe(
      '?name=web&tagkey=owner&tag=%E5%9B%A2%E9%98%9F%3A%E6%95%B0%E6%8D%AE%E5%BA%93&tag=%E5%9B%A2%E9%98%9F%3Asre',
    )
    expect(parseViewState(formatViewState(view))).toEqual(view)
  })

  it('owns the tag parameters, so stale ones are not carried over', () => {
    const keep = new URLSearchParams('tag=env:old&tagkey=x&theme=dark')
    expect(formatViewState(DEFAULT_VIEW, keep)).toBe('?theme=dark')
  })
})

describe('compare parameter', () => {
  it('takes two or three distinct image IDs and nothing less', () => {
    expect(parseViewState('?compare=img-aaaa1111,IMG-BBBB2222').compare).toEqual([
      'img-aaaa1111',
      'img-bbbb2222',
    ])
    expect(parseViewState('?compare=img-aaaa1111,img-aaaa1111').compare).toEqual([])
    expect(parseViewState('?compare=img-aaaa0001,img-aaaa0002,img-aaaa0003,img-aaaa0004').compare).toEqual([
      'img-aaaa0001',
      'img-aaaa0002',
      'img-aaaa0003',
    ])
    expect(parseViewState('?compare=nonsense,img-aaaa0001').compare).toEqual([])
  })

  it('keeps "Only differences" (diff=1) with a comparison, and only with one', () => {
    expect(parseViewState('?compare=img-aaaa1111,img-bbbb2222&diff=1').onlyDifferences).toBe(true)
    expect(parseViewState('?diff=1').onlyDifferences).toBe(false)
    expect(formatViewState({ ...DEFAULT_VIEW, onlyDifferences: true })).toBe('')
  })
})

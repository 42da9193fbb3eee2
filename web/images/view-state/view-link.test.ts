import { describe, expect, it } from 'vitest'
import { UTC_ZONE } from '../../lib/format'
import { formatChips } from '../filters/chip-format'
import { stampParts } from '../review/review-stamp'
import { formatViewState } from './url-state'
import { formatLinkNotice, parseViewLink } from './view-link'

const ids = (count: number) => Array.from({ length: count }, (_, i) => `img-${String(i).padStart(8, 'a')}`)

describe('parseViewLink', () => {
  it('names every value the view cannot use, in the order of the link', () => {
    const link = parseViewLink('?type=nonsense&sort=bogus:up&size=1000&page=-1&image=foo')
    expect(link.ignored).toEqual(['type=nonsense', 'sort=bogus:up', 'size=1000', 'page=-1', 'image=foo'])
    expect(link.view.size).toBe(20)
    expect(link.view.page).toBe(1)
  })

  it('names browser-side filter values and comparisons it cannot use', () => {
    const link = parseViewLink(
      '?created=yesterday&status=syncing,melting&arch=arm&arch=sparc&compare=img-aaaa1111,img-bbbb2222,img-cccc3333,img-dddd4444',
    )
    expect(link.ignored).toEqual([
      'created=yesterday',
      'status=melting',
      'arch=sparc',
      'compare=img-dddd4444',
    ])
    expect(link.view.local.status).toEqual(['SYNCING'])
    expect(parseViewLink('?compare=img-aaaa1111').ignored).toEqual(['compare=img-aaaa1111'])
    expect(parseViewLink('?created=2026-09-01..&compare=img-aaaa1111,img-bbbb2222').ignored).toEqual([])
    expect(parseViewLink('?compare=img-aaaa1111,img-bbbb2222&diff=1').ignored).toEqual([])
    expect(parseViewLink('?diff=1').ignored).toEqual(['diff=1'])
    expect(parseViewLink('?compare=img-aaaa1111,img-bbbb2222&diff=yes').ignored).toEqual(['diff=yes'])
    expect(parseViewLink('?created=7d').ignored).toEqual([])
    expect(parseViewLink('?created=2w').ignored).toEqual(['created=2w'])
  })

  it('names Name filters it cannot use: malformed, repeated, over the filter cap, or values past 5', () => {
    expect(parseViewLink('?name=nginx&name2=prod&name3=edge&name3=gray').ignored).toEqual([])
    expect(parseViewLink('?name3=edge&name=nginx').ignored).toEqual([])
    expect(parseViewLink('?name=nginx&name11=prod&name1=x&name2=NGINX&name4=').ignored).toEqual([
      'name11=prod',
      'name1=x',
      'name2=NGINX',
      'name4=',
    ])
    const capped = `?type=custom&platform=u&name=a${['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((v, i) => `&name${i + 2}=${v}`).join('')}`
    const link = parseViewLink(capped)
    expect(link.view.filters.moreNames).toHaveLength(7)
    expect(link.ignored).toEqual(['name9=i'])
    expect(parseViewLink('?name2=a&name2=b&name2=c&name2=d&name2=e&name2=f&name=x').ignored).toEqual([
      'name2=f',
    ])
  })

  it('finds nothing to say about a clean link', () => {
    const link = parseViewLink('?region=ap-shanghai&type=custom&name=web&sort=name:desc&page=2&size=50')
    expect(link.ignored).toEqual([])
    expect(link.droppedIds).toBe(0)
  })

  it('names a malformed region and keeps the default instead of pretending', () => {
    expect(parseViewLink('?region=mars-1').ignored).toEqual(['region=mars-1'])
    expect(parseViewLink('?region=AP-SHANGHAI').ignored).toEqual(['region=AP-SHANGHAI'])
    expect(parseViewLink('?region=mars-1').view.region).toBeNull()
  })

  it('passes a well-formed region it does not know through, for the API to judge', () => {
    const link = parseViewLink('?region=ap-qingyuan')
    expect(link.view.region).toBe('ap-qingyuan')
    expect(link.ignored).toEqual([])
  })

  it('keeps the good parts of a sort and names the rest', () => {
    const link = parseViewLink('?sort=name:desc,bogus:up,name:asc')
    expect(link.view.sort).toEqual([{ field: 'name', desc: true }])
    expect(link.ignored).toEqual(['sort=bogus:up', 'sort=name:asc'])
  })

  it('names a second region, image IDs that are not IDs, and unknown columns', () => {
    const link = parseViewLink('?region=ap-beijing&region=ap-tokyo&id=nope&cols=name,shoe')
    expect(link.ignored).toEqual(['region=ap-tokyo', 'id=nope', 'cols=shoe'])
  })

  it('says nothing about a repeated value it does use, or about parameters it does not own', () => {
    expect(parseViewLink('?page=2&page=2&theme=dark&name=web&name=WEB').ignored).toEqual([])
  })

  it('names filter values past the five a filter takes', () => {
    const link = parseViewLink('?name=a&name=b&name=c&name=d&name=e&name=f')
    expect(link.ignored).toEqual(['name=f'])
  })

  it('counts lookup IDs past the hundred one lookup takes, and names tokens that are not IDs', () => {
    const link = parseViewLink(`?lookup=${[...ids(150), 'foo'].join(',')}`)
    expect(link.view.lookup).toHaveLength(100)
    expect(link.droppedIds).toBe(50)
    expect(link.ignored).toEqual(['lookup=foo'])
  })

  it('reads the time zone, utc in any case, local by default', () => {
    expect(parseViewLink('?tz=UTC').view.tz).toBe('utc')
    expect(parseViewLink('').view.tz).toBe('local')
    expect(parseViewLink('?tz=mars').ignored).toEqual(['tz=mars'])
  })
})

describe('formatLinkNotice', () => {
  it('lists what was ignored and how many IDs were dropped', () => {
    expect(formatLinkNotice({ ignored: ['type=nonsense', 'sort=bogus:up'], droppedIds: 0 }, 100)).toBe(
      'Ignored from this link: type=nonsense, sort=bogus:up.',
    )
    expect(formatLinkNotice({ ignored: [], droppedIds: 50 }, 100)).toBe(
      'Looked up the first 100 IDs; 50 more IDs were dropped (one lookup takes at most 100).',
    )
  })

  it('names a page past the end and the page shown instead, after what was ignored', () => {
    expect(
      formatLinkNotice({ ignored: ['sort=bogus:up'], droppedIds: 0, pastEnd: { asked: 999, last: 19 } }, 100),
    ).toBe(
      'Ignored from this link: sort=bogus:up. Changed from this link: page=999 to page=19, the last page.',
    )
  })
})

/** The query string the screen rewrites an opened link to (without a history entry): the view it shows. */
const rewritten = (search: string) => formatViewState(parseViewLink(search).view, new URLSearchParams(search))

describe('a link as the screen rewrites it', () => {
  it('drops the values it named and keeps the rest, parameters it does not own included', () => {
    expect(rewritten('?type=nonsense&name=web&sort=bogus:up&size=1000&page=-1&image=foo&theme=light')).toBe(
      '?name=web&theme=light',
    )
  })

  it('shows further Name filters as chips of their own, numbered afresh, and in the stamp', () => {
    const search = '?name=mysql&name11=web&name3=prod&name2=MYSQL'
    const { view, ignored } = parseViewLink(search)
    expect(ignored).toEqual(['name11=web', 'name2=MYSQL'])
    expect(rewritten(search)).toBe('?name=mysql&name2=prod')
    expect(formatChips(view.filters)).toEqual(['Name: mysql', 'Name: prod'])
    const stamp = stampParts({
      region: view.region,
      filters: view.filters,
      lookup: view.lookup,
      total: 3,
      page: 1,
      size: 20,
      rowsOnPage: 3,
      sort: [],
      sortScope: 'none',
      fetchedAt: 0,
      error: null,
      zone: UTC_ZONE,
    })
    expect(stamp.filters).toBe('Name: mysql; Name: prod')
  })

  it('leaves a malformed region out, so the default region shows', () => {
    for (const region of ['mars-1', 'AP-SHANGHAI']) expect(rewritten(`?region=${region}`)).toBe('')
    expect(rewritten('?region=ap-atlantis')).toBe('?region=ap-atlantis')
  })

  it('keeps the first 100 IDs of a lookup', () => {
    const search = `?lookup=${ids(150).join(',')}`
    expect(new URLSearchParams(rewritten(search)).getAll('lookup')).toEqual(ids(100))
  })

  it('leaves a clean link as it is', () => {
    const clean = '?region=ap-shanghai&type=custom&name=web&sort=name%3Adesc&page=2&size=50'
    expect(rewritten(clean)).toBe(clean)
  })
})

import { describe, expect, it } from 'vitest'
import { createRenderCache, type RenderInputs, renderKey } from './render-cache.js'

const INFO = { mode: 'live', api: 'legacy', user: null, defaultRegion: 'ap-guangzhou', credentials: null }
const BASE: RenderInputs = { search: '?page=2', acceptLanguage: 'en-US,en;q=0.9', info: INFO }

describe('renderKey: every input that changes the markup changes the key', () => {
  it.each<[string, Partial<RenderInputs>]>([
    ['another page', { search: '?page=3' }],
    ['no query at all', { search: '' }],
    ['another page size', { search: '?page=2&size=50' }],
    ['another region', { search: '?page=2&region=ap-tokyo' }],
    ['a filter', { search: '?page=2&type=custom' }],
    ['the language in the URL', { search: '?page=2&lang=zh-CN' }],
    ['the time zone', { search: '?page=2&tz=utc' }],
    ['the theme', { search: '?page=2&theme=dark' }],
    ['review mode', { search: '?page=2&review=1' }],
    ['columns and density', { search: '?page=2&cols=name,id&density=compact' }],
    ['the same view spelt in another order', { search: '?size=20&page=2' }],
    ['another Accept-Language', { acceptLanguage: 'zh-CN,zh;q=0.9' }],
    ['no Accept-Language', { acceptLanguage: undefined }],
    ['the API mode', { info: { ...INFO, api: 'v3' } }],
    ['demo mode', { info: { ...INFO, mode: 'demo' } }],
    ['the signed-in user', { info: { ...INFO, user: 'alice' } }],
    ['another signed-in user', { info: { ...INFO, user: 'bob' } }],
    ['the default region', { info: { ...INFO, defaultRegion: 'ap-tokyo' } }],
    ['the credentials report', { info: { ...INFO, credentials: { source: 'sts' } } }],
    ['a query that tries to spill into the next part', { search: '?page=2","en-US' }],
  ])('%s', (_name, change) => {
    expect(renderKey({ ...BASE, ...change })).not.toBe(renderKey(BASE))
  })

  it('is the same for the same inputs, the info compared by value', () => {
    expect(renderKey({ ...BASE, info: { ...INFO } })).toBe(renderKey(BASE))
  })
})

function setup(ttlMs = 30_000, maxEntries = 3) {
  const clock = { now: 0 }
  const cache = createRenderCache({ ttlMs, maxEntries, now: () => clock.now })
  const answers = new Map<string, object>()
  const current = (query: string) => answers.get(query)
  return { cache, clock, answers, current }
}

const FIRST = 'Offset=0&Limit=20'

describe('the render cache stands and falls with its answers', () => {
  it.each<[string, (s: ReturnType<typeof setup>) => void, boolean]>([
    ['the same answer, within the TTL', (s) => Object.assign(s.clock, { now: 29_999 }), true],
    ['the TTL has run out', (s) => Object.assign(s.clock, { now: 30_000 }), false],
    ['the answer was replaced (Refresh)', (s) => s.answers.set(FIRST, { fresh: true }), false],
    ['the answer left the answer cache (expired or evicted)', (s) => s.answers.delete(FIRST), false],
    ['another query’s answer changed', (s) => s.answers.set('Offset=20&Limit=20', {}), true],
  ])('%s: kept = %s', (_name, change, kept) => {
    const s = setup()
    s.answers.set(FIRST, { rows: 20 })
    s.cache.set('page', '<p>rows</p>', new Map([[FIRST, s.answers.get(FIRST) as object]]))
    change(s)
    expect(s.cache.get('page', s.current)?.toString()).toBe(kept ? '<p>rows</p>' : undefined)
  })

  it('keeps a page that read no answer until the TTL, and once fallen it stays gone', () => {
    const s = setup()
    s.cache.set('sorted', '<p>loading</p>', new Map())
    expect(s.cache.get('sorted', s.current)?.toString()).toBe('<p>loading</p>')
    s.clock.now = 30_000
    expect(s.cache.get('sorted', s.current)).toBeUndefined()
    s.clock.now = 0
    expect(s.cache.get('sorted', s.current)).toBeUndefined()
  })

  it('keeps nothing when the answers are not kept (CACHE_TTL_MS=0), yet gives the bytes to send', () => {
    const s = setup(0)
    expect(s.cache.set('page', 'é', new Map()).toString()).toBe('é')
    expect(s.cache.get('page', s.current)).toBeUndefined()
  })

  it('drops the page used longest ago beyond its size', () => {
    const s = setup(30_000, 2)
    s.cache.set('a', 'A', new Map())
    s.cache.set('b', 'B', new Map())
    s.cache.get('a', s.current)
    s.cache.set('c', 'C', new Map())
    expect(s.cache.get('b', s.current)).toBeUndefined()
    expect(s.cache.get('a', s.current)?.toString()).toBe('A')
    expect(s.cache.get('c', s.current)?.toString()).toBe('C')
  })
})

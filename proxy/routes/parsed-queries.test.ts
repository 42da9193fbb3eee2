import { describe, expect, it } from 'vitest'
import { parseDescribeImagesParams } from '../../core/request/params.js'
import { normalizeRequestKey } from '../../core/request/request-key.js'
import { parsedQueries } from './parsed-queries.js'

/** The proxy's own parse, counting its calls. */
function counted(maxEntries: number) {
  const calls: string[] = []
  const parse = parsedQueries((params) => {
    calls.push(new URLSearchParams(params.map(([k, v]) => [k, v])).toString())
    return parseDescribeImagesParams(params, {
      defaultRegion: 'ap-guangzhou',
      requireActionAndVersion: false,
    })
  }, maxEntries)
  return { parse, calls }
}

describe('parsedQueries', () => {
  it('validates a query text once, and keys it as the response cache does', () => {
    const { parse, calls } = counted(10)
    const first = parse('Region=ap-tokyo&Offset=20&Limit=20')
    expect(parse('Region=ap-tokyo&Offset=20&Limit=20')).toBe(first)
    expect(calls).toHaveLength(1)
    if (!first.ok) throw new Error('refused')
    expect(first.request).toMatchObject({ region: 'ap-tokyo', offset: 20, limit: 20 })
    expect(first.key).toBe(normalizeRequestKey(first.request))
    expect(parse('Offset=20&Region=ap-tokyo&Limit=20')).toMatchObject({ ok: true, key: first.key })
  })

  it('keeps the raw order and repeats for the validator, and never keeps a refusal', () => {
    const { parse, calls } = counted(10)
    expect(parse('Offset=1&Offset=2')).toMatchObject({ ok: false, error: { code: 'InvalidParameter' } })
    expect(parse('Offset=1&Offset=2')).toMatchObject({ ok: false })
    expect(calls).toEqual(['Offset=1&Offset=2', 'Offset=1&Offset=2'])
    expect(parse('Limit=0%2B1')).toMatchObject({ ok: false, error: { code: 'InvalidParameter' } })
  })

  it('holds at most maxEntries texts, dropping the oldest', () => {
    const { parse, calls } = counted(2)
    for (const offset of [1, 2, 3]) parse(`Offset=${offset}`)
    parse('Offset=3')
    parse('Offset=2')
    expect(calls).toHaveLength(3)
    parse('Offset=1')
    expect(calls).toHaveLength(4)
  })
})

import { describe, expect, it } from 'vitest'
import { apiAuditLine, eventAuditLine, readAnswerFacts, readQueryFacts } from './audit-line.js'

const T = Date.UTC(2026, 11, 3, 12, 0, 0)

describe('readQueryFacts', () => {
  it.each([
    ['nothing', '', {}],
    ['the region', 'Region=ap-guangzhou', { region: 'ap-guangzhou' }],
    [
      'filters by name with their values',
      'Region=ap-beijing&Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE&Filters.0.Values.1=SHARED_IMAGE&Filters.1.Name=platform&Filters.1.Values.0=Ubuntu',
      {
        region: 'ap-beijing',
        filters: { 'image-type': ['PUBLIC_IMAGE', 'SHARED_IMAGE'], platform: ['Ubuntu'] },
      },
    ],
    ['image ids', 'ImageIds.0=img-1&ImageIds.1=img-2', { ids: ['img-1', 'img-2'] }],
    ['instance ids', 'InstanceIds.0=ins-1', { ids: ['ins-1'] }],
    ['the one image of a share lookup', 'ImageId=img-9', { ids: ['img-9'] }],
    ['paging, which is not a filter', 'Offset=20&Limit=20', {}],
  ])('reads %s', (_what, query, facts) => {
    expect(readQueryFacts(query)).toEqual(facts)
  })

  it('cuts a long value', () => {
    expect(readQueryFacts(`Region=${'x'.repeat(500)}`).region).toHaveLength(201)
  })
})

describe('readAnswerFacts', () => {
  const big = JSON.stringify({
    Response: {
      ImageSet: Array.from({ length: 200 }, (_v, i) => ({ ImageId: `img-${i}` })),
      TotalCount: 200,
      RequestId: 'r-big',
    },
  })
  it.each([
    [
      'a list answer',
      '{"Response":{"TotalCount":3,"ImageSet":[],"RequestId":"r-1"}}',
      { count: 3, requestId: 'r-1' },
    ],
    [
      'an error',
      '{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"x"},"RequestId":"r-2"}}',
      { errorCode: 'AuthFailure.SignatureFailure', requestId: 'r-2' },
    ],
    ['bytes', Buffer.from('{"Response":{"TotalCount":0,"RequestId":"r-3"}}'), { count: 0, requestId: 'r-3' }],
    ['a large answer, by its ends', big, { count: 200, requestId: 'r-big' }],
    ['an answer without those fields', '{"mode":"demo"}', {}],
    ['no body', undefined, {}],
  ])('reads %s', (_what, payload, facts) => {
    expect(readAnswerFacts(payload)).toEqual(facts)
  })

  it('reads the bytes of a cached answer once, each other bytes for themselves', () => {
    const cached = Buffer.from(big)
    const first = readAnswerFacts(cached)
    expect(readAnswerFacts(cached)).toBe(first)
    const other = Buffer.from('{"Response":{"TotalCount":7,"RequestId":"r-7"}}')
    expect(readAnswerFacts(other)).toEqual({ count: 7, requestId: 'r-7' })
  })
})

describe('apiAuditLine', () => {
  it('puts who, what, where and the outcome on one line', () => {
    const line = apiAuditLine({
      time: T,
      user: 'alice@example.com',
      client: '10.0.0.7',
      url: '/api/DescribeImages?Region=ap-guangzhou&ImageIds.0=img-1',
      status: 200,
      payload: '{"Response":{"TotalCount":1,"RequestId":"r-1"}}',
    })
    expect(line).toEqual({
      time: '2026-12-03T12:00:00.000Z',
      event: 'api',
      user: 'alice@example.com',
      client: '10.0.0.7',
      action: 'DescribeImages',
      region: 'ap-guangzhou',
      ids: ['img-1'],
      status: 200,
      count: 1,
      requestId: 'r-1',
    })
  })

  it('names a call to /api itself', () => {
    const line = apiAuditLine({ time: T, user: null, client: '::1', url: '/api', status: 404, payload: '' })
    expect(line).toMatchObject({ action: '(none)', user: null, status: 404 })
  })
})

describe('eventAuditLine', () => {
  it.each([
    [{ time: T, event: 'sign-in' as const, user: 'a@example.com', client: '::1' }, {}],
    [
      { time: T, event: 'refusal' as const, user: 'e@example.org', client: '::1', reason: 'domain' },
      { reason: 'domain' },
    ],
  ])('writes a %s line', (event, extra) => {
    const { time: _time, ...rest } = event
    expect(eventAuditLine(event)).toEqual({ time: '2026-12-03T12:00:00.000Z', ...rest, ...extra })
  })
})

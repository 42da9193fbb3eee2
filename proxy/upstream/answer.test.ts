import { describe, expect, it } from 'vitest'
import { errorBody, okBody } from '../test-support/test-upstream.js'
import { readUpstreamReply, statusForErrorCode } from './answer.js'

const LEGACY = { family: 'legacy', listKey: 'ImageSet' } as const
const V3 = { family: 'v3', listKey: 'ImageSet' } as const

describe('statusForErrorCode', () => {
  it.each([
    ['InvalidParameter', 400],
    ['InvalidParameterValue.InvalidParameterValueLimit', 400],
    ['InvalidParameter.InvalidParameterCoexistImageIdsFilters', 400],
    ['InvalidFilter', 400],
    ['RequestLimitExceeded', 429],
    ['RequestLimitExceeded.UinLimitExceeded', 429],
    ['LimitExceeded', 429],
    ['InvalidRequest.LimitExceeded', 429],
    ['AuthFailure.SignatureFailure', 502],
    ['AuthFailure.TokenFailure', 502],
    ['InvalidRequest.ReplayAttack', 502],
    ['InvalidRequest.TokenCheckFailed', 502],
    ['InternalError', 503],
    ['ServiceUnavailable', 503],
    ['MissingParameter', 400],
    ['InvalidImageId.Malformed', 400],
    ['InvalidParameter.SignatureFailure', 502],
    ['UnauthorizedOperation', 403],
    ['UnauthorizedOperation.PermissionDenied', 403],
    ['AuthFailure.UnauthorizedOperation', 403],
    ['InvalidRequest.Forbidden', 403],
    ['InvalidRequest.MFACheckFailed', 403],
    ['InvalidRequest.RequestConcurrencyExceeded', 429],
    ['SomethingNew', 502],
  ])('maps %s to HTTP %i', (code, status) => {
    expect(statusForErrorCode(code, 'v3')).toBe(status)
  })

  it('maps a bare AuthFailure by family: refused keys from 3.0, a missing permission from legacy', () => {
    expect(statusForErrorCode('AuthFailure', 'v3')).toBe(502)
    expect(statusForErrorCode('AuthFailure', 'legacy')).toBe(403)
  })
})

describe('readUpstreamReply', () => {
  it('passes a success body through byte for byte', () => {
    const body = `${okBody('req-1', ['img-aaaaaaaa'])}\n`
    expect(readUpstreamReply(200, body, V3)).toEqual({
      answer: { kind: 'upstream', status: 200, body, requestId: 'req-1', errorCode: null },
      retryable: false,
    })
  })

  it('reads the legacy RequestID spelling', () => {
    const body = JSON.stringify({ Response: { ImageSet: [], TotalCount: 0, RequestID: 'legacy-id' } })
    expect(readUpstreamReply(200, body, LEGACY).answer).toMatchObject({ requestId: 'legacy-id' })
  })

  it('keeps an error envelope with a mapped status; throttling and unavailability are worth a retry', () => {
    const refused = readUpstreamReply(200, errorBody('AuthFailure.SignatureFailure', 'req-2'), V3)
    expect(refused).toMatchObject({
      answer: { status: 502, errorCode: 'AuthFailure.SignatureFailure' },
      retryable: false,
    })
    expect(refused.answer.retryAfterSeconds).toBeUndefined()
    const throttled = readUpstreamReply(200, errorBody('RequestLimitExceeded', 'req-3'), V3)
    expect(throttled).toMatchObject({ answer: { status: 429, retryAfterSeconds: 1 }, retryable: true })
    const down = readUpstreamReply(200, errorBody('InternalError', 'req-4'), LEGACY)
    expect(down).toMatchObject({ answer: { status: 503, retryAfterSeconds: 5 }, retryable: true })
    const denied = readUpstreamReply(200, errorBody('AuthFailure', 'req-5'), LEGACY)
    expect(denied).toMatchObject({ answer: { status: 403 }, retryable: false })
  })

  it('expects the list of the call it reads: RegionSet for DescribeRegions', () => {
    const body = JSON.stringify({ Response: { RegionSet: [], TotalCount: 0, RequestId: 'r' } })
    expect(readUpstreamReply(200, body, { family: 'v3', listKey: 'RegionSet' }).answer).toMatchObject({
      status: 200,
    })
    expect(readUpstreamReply(200, body, V3).answer).toMatchObject({ code: 'ProxyError.BadUpstreamResponse' })
  })

  it.each([
    [200, 'not json', 'not JSON'],
    [200, '[]', 'no "Response" object'],
    [200, '{"Response":{"TotalCount":1}}', 'no "ImageSet" list'],
    [200, '{"Response":{"Error":{"Message":"x"}}}', 'an "Error" without a "Code"'],
    [404, okBody('x'), 'HTTP 404'],
    [302, '', 'HTTP 302'],
  ])('turns HTTP %i with %j into BadUpstreamResponse', (status, body, why) => {
    expect(readUpstreamReply(status, body, V3)).toEqual({
      answer: {
        kind: 'proxy',
        status: 502,
        code: 'ProxyError.BadUpstreamResponse',
        message: `The image API sent an unusable answer: ${why}.`,
      },
      retryable: false,
    })
  })

  it('treats 5xx as unavailable and retryable', () => {
    expect(readUpstreamReply(503, 'busy', V3)).toMatchObject({
      answer: { kind: 'proxy', status: 502, code: 'ProxyError.UpstreamUnavailable' },
      retryable: true,
    })
  })
})

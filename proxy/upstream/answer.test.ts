import { describe, expect, it } from 'vitest'
import { errorBody, okBody } from '../test-support/test-upstream.js'
import { readUpstreamReply, statusForErrorCode } from './answer.js'

describe('statusForErrorCode', () => {
  it.each([
    ['InvalidParameter', 400],
    ['InvalidParameterValue.InvalidParameterValueLimit', 400],
    ['InvalidParameter.InvalidParameterCoexistImageIdsFilters', 400],
    ['InvalidFilter', 400],
    ['RequestLimitExceeded', 429],
    ['RequestLimitExceeded.UinLimitExceeded', 429],
    ['AuthFailure', 502],
    ['AuthFailure.SignatureFailure', 502],
    ['InvalidRequest.ReplayAttack', 502],
    ['InternalError', 502],
    ['MissingParameter', 400],
    ['InvalidImageId.Malformed', 400],
    ['InvalidParameter.SignatureFailure', 502],
    ['UnauthorizedOperation', 502],
    ['InvalidRequest.RequestConcurrencyExceeded', 429],
    ['SomethingNew', 502],
  ])('maps %s to HTTP %i', (code, status) => {
    expect(statusForErrorCode(code)).toBe(status)
  })
})

describe('readUpstreamReply', () => {
  it('passes a success body through byte for byte', () => {
    const body = `${okBody('req-1', ['img-aaaaaaaa'])}\n`
    expect(readUpstreamReply(200, body)).toEqual({
      answer: { kind: 'upstream', status: 200, body, requestId: 'req-1', errorCode: null },
      retryable: false,
    })
  })

  it('reads the legacy RequestID spelling', () => {
    const body = JSON.stringify({ Response: { ImageSet: [], TotalCount: 0, RequestID: 'legacy-id' } })
    expect(readUpstreamReply(200, body).answer).toMatchObject({ requestId: 'legacy-id' })
  })

  it('keeps an error envelope with a mapped status; only throttling is worth a retry', () => {
    const refused = readUpstreamReply(200, errorBody('AuthFailure.SignatureFailure', 'req-2'))
    expect(refused).toMatchObject({
      answer: { status: 502, errorCode: 'AuthFailure.SignatureFailure' },
      retryable: false,
    })
    const throttled = readUpstreamReply(200, errorBody('RequestLimitExceeded', 'req-3'))
    expect(throttled).toMatchObject({ answer: { status: 429, retryAfterSeconds: 1 }, retryable: true })
  })

  it.each([
    [200, 'not json', 'not JSON'],
    [200, '[]', 'no "Response" object'],
    [200, '{"Response":{"TotalCount":1}}', 'no "ImageSet" list'],
    [200, '{"Response":{"Error":{"Message":"x"}}}', 'an "Error" without a "Code"'],
    [404, okBody('x'), 'HTTP 404'],
    [302, '', 'HTTP 302'],
  ])('turns HTTP %i with %j into BadUpstreamResponse', (status, body, why) => {
    expect(readUpstreamReply(status, body)).toEqual({
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
    expect(readUpstreamReply(503, 'busy')).toMatchObject({
      answer: { kind: 'proxy', status: 502, code: 'ProxyError.UpstreamUnavailable' },
      retryable: true,
    })
  })
})

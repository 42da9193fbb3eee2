import { describe, expect, it } from 'vitest'
import { documentedAnswers } from '../../../core/conformance/corpus'
import { ApiError, parseErrorEnvelope } from '../../lib/api-error'
import { explainError } from './error-explanation'

const make = (code: string, status: number, retryAfterSeconds?: number) =>
  new ApiError({ code, message: '', status, retryAfterSeconds })

describe('explainError', () => {
  it('says the proxy’s keys or token were refused, with no retry, in both families', () => {
    for (const [code, family] of [
      ['AuthFailure.SignatureFailure', 'v3'],
      ['AuthFailure.TokenFailure', 'v3'],
      ['InvalidParameter.SignatureFailure', 'legacy'],
      ['InvalidRequest.TokenCheckFailed', 'legacy'],
    ] as const) {
      const explained = explainError(make(code, 502), family)
      expect(explained).toMatchObject({ errorClass: 'keys-refused', canRetry: false })
      expect(explained.text).toContain("the proxy's keys (or token)")
    }
  })

  it('names the CAM permission cvm:DescribeImages and offers no retry when permission is missing', () => {
    for (const [code, family] of [
      ['UnauthorizedOperation', 'v3'],
      ['AuthFailure.UnauthorizedOperation', 'v3'],
      ['AuthFailure', 'legacy'],
      ['InvalidRequest.Forbidden', 'legacy'],
    ] as const) {
      const explained = explainError(make(code, 403), family)
      expect(explained).toMatchObject({ errorClass: 'permission', canRetry: false })
      expect(explained.text).toContain('cvm:DescribeImages')
    }
  })

  it('asks to sign in again, with no retry, when the session has ended', () => {
    expect(explainError(make('ProxyError.SignInRequired', 401), 'v3')).toEqual({
      errorClass: 'client',
      canRetry: false,
      text: 'Your sign-in has ended. Reload the page to sign in again.',
    })
  })

  it('asks to wait for a rate limit, for the Retry-After the proxy sent', () => {
    expect(explainError(make('RequestLimitExceeded', 429, 3), 'v3')).toMatchObject({
      errorClass: 'rate-limit',
      canRetry: true,
      text: 'Too many requests reached the API at once. Try again in 3 s.',
    })
    expect(explainError(make('InvalidRequest.LimitExceeded', 429), 'legacy').canRetry).toBe(true)
  })

  it('offers a retry when Tencent or the network is down, or the code is unknown; none for a client mistake', () => {
    expect(explainError(make('InternalError', 503), 'v3')).toMatchObject({
      errorClass: 'unavailable',
      canRetry: true,
    })
    expect(explainError(make('NetworkError', 0), 'v3')).toMatchObject({
      errorClass: 'unavailable',
      canRetry: true,
    })
    expect(explainError(make('FailedOperation.New', 502), 'v3')).toMatchObject({
      errorClass: 'unknown',
      canRetry: true,
    })
    expect(explainError(make('InvalidFilter', 400), 'v3')).toMatchObject({
      errorClass: 'client',
      canRetry: false,
    })
  })

  it('explains each documented error answer the way its family means it', () => {
    const errors = documentedAnswers().filter((entry) => 'Error' in entry.answer.Response)
    const classes = errors.map((entry) => {
      const error = parseErrorEnvelope(entry.answer, 502, null)
      return [entry.name, error && explainError(error, entry.family).errorClass]
    })
    expect(Object.fromEntries(classes)).toEqual({
      'legacy-error-auth-failure.json': 'permission',
      'legacy-error-signature-failure.json': 'keys-refused',
      'v3-error-signature-failure.json': 'keys-refused',
    })
  })
})

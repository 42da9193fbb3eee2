import { describe, expect, it } from 'vitest'
import { ERROR_CLASSES, errorClassOf } from './errors.js'

describe('errorClassOf', () => {
  it.each([
    ['InvalidParameter', 'client'],
    ['InvalidParameterValue.InvalidParameterValueLimit', 'client'],
    ['InvalidParameter.InvalidParameterCoexistImageIdsFilters', 'client'],
    ['InvalidFilter', 'client'],
    ['InvalidImageId.Malformed', 'client'],
    ['MissingParameter', 'client'],
    ['UnknownParameter', 'client'],
    ['NoSuchVersion', 'client'],
    ['AuthFailure', 'keys-refused'],
    ['AuthFailure.SignatureFailure', 'keys-refused'],
    ['AuthFailure.SignatureExpire', 'keys-refused'],
    ['AuthFailure.TokenFailure', 'keys-refused'],
    ['InvalidParameter.SignatureFailure', 'keys-refused'],
    ['InvalidParameter.SecretIdNotFound', 'keys-refused'],
    ['InvalidRequest.ReplayAttack', 'keys-refused'],
    ['AuthFailure.UnauthorizedOperation', 'permission'],
    ['UnauthorizedOperation.CamNoAuth', 'permission'],
    ['IpNotInWhitelist', 'permission'],
    ['InvalidRequest.Forbidden', 'permission'],
    ['RequestLimitExceeded', 'rate-limit'],
    ['RequestLimitExceeded.UinLimitExceeded', 'rate-limit'],
    ['InvalidRequest.RequestConcurrencyExceeded', 'rate-limit'],
    ['InternalError', 'unavailable'],
    ['InternalError.CAMInnerError', 'unavailable'],
    ['ServiceUnavailable', 'unavailable'],
    ['ResourceUnavailable', 'unavailable'],
  ])('classes %s as %s', (code, errorClass) => {
    expect(errorClassOf(code)).toBe(errorClass)
  })

  it.each(['', 'Made.Up', 'toString', 'constructor', '__proto__', 'FailedOperation'])(
    'classes %j as unknown',
    (code) => {
      expect(errorClassOf(code)).toBe('unknown')
    },
  )

  it('only ever answers one of the listed classes', () => {
    for (const code of ['AuthFailure.X', 'InvalidRequest', 'a.b.c', '.']) {
      expect(ERROR_CLASSES).toContain(errorClassOf(code))
    }
  })
})

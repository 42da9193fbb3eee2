import { describe, expect, it } from 'vitest'
import { ERROR_CLASSES, errorClassOf } from './errors.js'

describe('errorClassOf', () => {
  it.each([
    ['InvalidParameter', 'client'],
    ['InvalidParameterValue.InvalidParameterValueLimit', 'client'],
    ['InvalidParameterValue.InstanceTypeNotFound', 'client'],
    ['InvalidParameterValue.LimitExceeded', 'client'],
    ['InvalidParameter.InvalidParameterCoexistImageIdsFilters', 'client'],
    ['InvalidFilter', 'client'],
    ['InvalidInstanceType.Malformed', 'client'],
    ['InvalidImageId.Malformed', 'client'],
    ['MissingParameter', 'client'],
    ['UnknownParameter', 'client'],
    ['NoSuchVersion', 'client'],
    ['InvalidAction.NotFound', 'client'],
    ['AuthFailure.SignatureFailure', 'keys-refused'],
    ['AuthFailure.SecretIdNotFound', 'keys-refused'],
    ['AuthFailure.SignatureExpire', 'keys-refused'],
    ['AuthFailure.TokenFailure', 'keys-refused'],
    ['AuthFailure.InvalidSecretId', 'keys-refused'],
    ['InvalidParameter.SignatureFailure', 'keys-refused'],
    ['InvalidParameter.SecretIdNotFound', 'keys-refused'],
    ['InvalidRequest.ReplayAttack', 'keys-refused'],
    ['InvalidRequest.TokenCheckFailed', 'keys-refused'],
    ['AuthFailure.UnauthorizedOperation', 'permission'],
    ['AuthFailure.MFAFailure', 'permission'],
    ['UnauthorizedOperation', 'permission'],
    ['UnauthorizedOperation.CamNoAuth', 'permission'],
    ['UnauthorizedOperation.PermissionDenied', 'permission'],
    ['IpNotInWhitelist', 'permission'],
    ['InvalidRequest.Forbidden', 'permission'],
    ['InvalidRequest.MFACheckFailed', 'permission'],
    ['RequestLimitExceeded', 'rate-limit'],
    ['RequestLimitExceeded.UinLimitExceeded', 'rate-limit'],
    ['RequestLimitExceeded.IPLimitExceeded', 'rate-limit'],
    ['RequestLimitExceeded.GlobalRegionUinLimitExceeded', 'rate-limit'],
    ['LimitExceeded', 'rate-limit'],
    ['InvalidRequest.LimitExceeded', 'rate-limit'],
    ['InvalidRequest.RequestConcurrencyExceeded', 'rate-limit'],
    ['InternalError', 'unavailable'],
    ['InternalError.CAMInnerError', 'unavailable'],
    ['InternalError.ResourceOpFailed', 'unavailable'],
    ['InvalidAction.ActionUnavailable', 'unavailable'],
    ['ServiceUnavailable', 'unavailable'],
    ['ResourceUnavailable', 'unavailable'],
    ['ProxyError.UpstreamTimeout', 'unavailable'],
    ['ProxyError.UpstreamUnavailable', 'unavailable'],
    ['ProxyError.Busy', 'rate-limit'],
    ['ProxyError.BadUpstreamResponse', 'unknown'],
  ])('classes %s as %s in both families', (code, errorClass) => {
    expect(errorClassOf(code, 'v3')).toBe(errorClass)
    expect(errorClassOf(code, 'legacy')).toBe(errorClass)
  })

  it('reads a bare AuthFailure as refused keys from 3.0 and as a missing permission from the legacy endpoint', () => {
    expect(errorClassOf('AuthFailure', 'v3')).toBe('keys-refused')
    expect(errorClassOf('AuthFailure', 'legacy')).toBe('permission')
    expect(errorClassOf('AuthFailure')).toBe('keys-refused')
  })

  it.each(['', 'Made.Up', 'toString', 'constructor', '__proto__', 'FailedOperation'])(
    'classes %j as unknown',
    (code) => {
      expect(errorClassOf(code)).toBe('unknown')
      expect(errorClassOf(code, 'legacy')).toBe('unknown')
    },
  )

  it('only ever answers one of the listed classes', () => {
    for (const code of ['AuthFailure.X', 'InvalidRequest', 'a.b.c', '.']) {
      expect(ERROR_CLASSES).toContain(errorClassOf(code))
    }
  })
})

import { describe, expect, it } from 'vitest'
import { parseErrorEnvelope } from './api-error'

describe('parseErrorEnvelope', () => {
  it('reads code, message, RequestId and Retry-After', () => {
    const error = parseErrorEnvelope(
      { Response: { Error: { Code: 'RequestLimitExceeded', Message: 'slow down' }, RequestId: 'r-1' } },
      429,
      '3',
    )
    expect(error).toMatchObject({ code: 'RequestLimitExceeded', message: 'slow down', requestId: 'r-1' })
    expect(error?.retryAfterSeconds).toBe(3)
  })

  it('reads the legacy RequestID spelling', () => {
    const error = parseErrorEnvelope(
      { Response: { Error: { Code: 'InvalidFilter', Message: '' }, RequestID: 'x' } },
      400,
      null,
    )
    expect(error?.requestId).toBe('x')
  })

  it('returns null for a body that is not an error envelope', () => {
    expect(parseErrorEnvelope({ Response: { ImageSet: [] } }, 200, null)).toBeNull()
    expect(parseErrorEnvelope(undefined, 500, null)).toBeNull()
  })
})

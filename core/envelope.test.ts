import { describe, expect, it } from 'vitest'
import { readEnvelope } from './envelope'

describe('readEnvelope', () => {
  it('reads a success with its RequestId, legacy spelling included', () => {
    expect(readEnvelope('{"Response":{"TotalCount":0,"RequestID":"r-1"}}')).toEqual({
      ok: true,
      response: { TotalCount: 0, RequestID: 'r-1' },
      requestId: 'r-1',
      error: null,
    })
  })

  it("reads an error's code and message", () => {
    const envelope = readEnvelope(
      '{"Response":{"Error":{"Code":"InvalidFilter","Message":"no"},"RequestId":"r"}}',
    )
    expect(envelope).toMatchObject({
      ok: true,
      requestId: 'r',
      error: { code: 'InvalidFilter', message: 'no' },
    })
  })

  it('keeps an Error without a usable Code an error', () => {
    expect(readEnvelope('{"Response":{"Error":"boom"}}')).toMatchObject({ error: { code: null } })
    expect(readEnvelope('{"Response":{"Error":{"Code":7}}}')).toMatchObject({ error: { code: null } })
  })

  it('says what is wrong with an answer that is no envelope', () => {
    expect(readEnvelope('<html>')).toEqual({ ok: false, problem: 'not JSON' })
    expect(readEnvelope('{"Error":{}}')).toEqual({ ok: false, problem: 'no "Response" object' })
    expect(readEnvelope('[]')).toEqual({ ok: false, problem: 'no "Response" object' })
  })
})

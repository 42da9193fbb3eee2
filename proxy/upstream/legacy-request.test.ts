import { describe, expect, it } from 'vitest'
import { FAKE } from '../test-support/harness.js'
import { fakeCredentials, sampleRequest } from '../test-support/upstream-fixtures.js'
import { buildSignedQuery } from './legacy-request.js'

describe('the request on the wire', () => {
  it('carries the common parameters, upper-case percent-encoding and a v1 signature', () => {
    const signing = {
      endpoint: new URL('https://image.api.qcloud.com/v2/index.php'),
      credentials: fakeCredentials(FAKE.token),
      signatureMethod: 'HmacSHA256' as const,
    }
    const query = buildSignedQuery(sampleRequest, signing, 1_465_185_768, 11_886)
    const params = new URLSearchParams(query)
    expect(params.get('Action')).toBe('DescribeImages')
    expect(params.get('Version')).toBe('2017-03-12')
    expect(params.get('Region')).toBe('ap-guangzhou')
    expect(params.get('Timestamp')).toBe('1465185768')
    expect(params.get('Nonce')).toBe('11886')
    expect(params.get('SecretId')).toBe(FAKE.secretId)
    expect(params.get('SignatureMethod')).toBe('HmacSHA256')
    expect(params.get('Token')).toBe(FAKE.token)
    expect(params.get('Filters.0.Values.1')).toBe('a+b/c=d&e')
    expect(params.get('Signature')).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(query).toContain('Filters.0.Values.1=a%2Bb%2Fc%3Dd%26e')
    const escapes = query.match(/%[0-9A-Fa-f]{2}/g) ?? []
    expect(escapes.length).toBeGreaterThan(5)
    expect(escapes.filter((hex) => hex !== hex.toUpperCase())).toEqual([])
  })
})

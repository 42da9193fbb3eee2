import { describe, expect, it } from 'vitest'
import { buildStringToSign, signStringV1 } from './v1.js'
import { encodeRfc3986, encodeV1Query, signV1Params, v1CommonParams } from './v1-query.js'

const target = { method: 'GET', host: 'image.api.qcloud.com', path: '/v2/index.php' }
const common = {
  secretId: 'AKIDexample',
  secretKey: 'key',
  timestamp: 1_465_185_768,
  nonce: 11_886,
  signatureMethod: 'HmacSHA256' as const,
}

describe('the signature v1 call', () => {
  it('carries the common parameters, the business ones and a Signature over all of them', () => {
    const params = signV1Params([['Region', 'ap-guangzhou']], { ...common, token: 'tok' }, target)
    const byName = new Map(params)
    expect(byName.get('Action')).toBe('DescribeImages')
    expect(byName.get('Version')).toBe('2017-03-12')
    expect(byName.get('Token')).toBe('tok')
    const unsigned = params.filter(([name]) => name !== 'Signature')
    const expected = signStringV1(
      'key',
      buildStringToSign('GET', target.host, target.path, unsigned),
      'HmacSHA256',
    )
    expect(byName.get('Signature')).toBe(expected)
  })

  it('leaves SignatureMethod out when asked, and then signs with HmacSHA1', () => {
    const params = signV1Params([], { ...common, signatureMethod: null }, target)
    expect(params.map(([name]) => name)).not.toContain('SignatureMethod')
    const unsigned = params.slice(0, -1)
    const sha1 = signStringV1('key', buildStringToSign('GET', target.host, target.path, unsigned), 'HmacSHA1')
    expect(params.at(-1)).toEqual(['Signature', sha1])
  })

  it('takes another Action or Version, for testing refusals', () => {
    const names = new Map(v1CommonParams({ ...common, action: 'RunInstances', version: '2010-01-01' }))
    expect([names.get('Action'), names.get('Version')]).toEqual(['RunInstances', '2010-01-01'])
  })
})

describe('encoding', () => {
  it('encodes the characters encodeURIComponent leaves alone', () => {
    expect(encodeRfc3986("it's (a) b*c!")).toBe('it%27s%20%28a%29%20b%2Ac%21')
  })

  it('writes upper-case hex, names and values alike', () => {
    expect(
      encodeV1Query([
        ['Filters.0.Values.0', 'a+b/c=d&e'],
        ['Signature', 'x/y='],
      ]),
    ).toBe('Filters.0.Values.0=a%2Bb%2Fc%3Dd%26e&Signature=x%2Fy%3D')
  })
})

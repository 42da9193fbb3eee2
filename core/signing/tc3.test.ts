import { describe, expect, it } from 'vitest'
import {
  hostnameOf,
  parseTc3Authorization,
  sha256Hex,
  signTc3,
  type Tc3Input,
  tc3Date,
  tc3SignatureMatches,
} from './tc3.js'

/** The official worked example (https://www.tencentcloud.com/document/product/267/37447); the body is ASCII with \u escapes, byte for byte. */
const OFFICIAL: Tc3Input = {
  secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
  service: 'cvm',
  timestamp: 1551113065,
  method: 'POST',
  host: 'cvm.tencentcloudapi.com',
  contentType: 'application/json; charset=utf-8',
  payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
}
const HASHED_PAYLOAD = '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064'
const SIGNATURE = '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168'

describe('TC3-HMAC-SHA256 with the official vector', () => {
  const signed = signTc3(OFFICIAL)

  it('hashes the exact payload bytes', () => {
    expect(sha256Hex(OFFICIAL.payload)).toBe(HASHED_PAYLOAD)
  })

  it('builds the canonical request and its hash', () => {
    expect(signed.canonicalRequest).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n' +
        `content-type;host\n${HASHED_PAYLOAD}`,
    )
    expect(sha256Hex(signed.canonicalRequest)).toBe(
      '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    )
  })

  it('builds the string to sign with the UTC date scope', () => {
    expect(signed.credentialScope).toBe('2019-02-25/cvm/tc3_request')
    expect(signed.stringToSign).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n' +
        '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    )
  })

  it('gives the official signature and Authorization header', () => {
    expect(signed.signature).toBe(SIGNATURE)
    expect(signed.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, ' +
        `SignedHeaders=content-type;host, Signature=${SIGNATURE}`,
    )
  })

  it('gives the documented signature for the masked key, so the key really is an input', () => {
    expect(signTc3({ ...OFFICIAL, secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******' }).signature).toBe(
      '2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c',
    )
  })

  it('hashes a byte payload the same as its UTF-8 text', () => {
    const text = '{"Filters":[{"Name":"image-name","Values":["数据库"]}]}'
    expect(signTc3({ ...OFFICIAL, payload: new TextEncoder().encode(text) }).signature).toBe(
      signTc3({ ...OFFICIAL, payload: text }).signature,
    )
  })
})

describe('TC3 signing details', () => {
  it('dates the scope in UTC, not local time', () => {
    expect(tc3Date(1551113065)).toBe('2019-02-25')
    expect(tc3Date(Date.UTC(2026, 0, 1, 23, 59, 59) / 1000)).toBe('2026-01-01')
    expect(tc3Date(Date.UTC(2026, 0, 2) / 1000)).toBe('2026-01-02')
  })

  it('signs extra headers lower-cased, trimmed and sorted among content-type and host', () => {
    const signed = signTc3({ ...OFFICIAL, extraHeaders: { 'X-TC-Action': ' DescribeImages ' } })
    expect(signed.signedHeaders).toBe('content-type;host;x-tc-action')
    expect(signed.canonicalRequest).toContain(
      'host:cvm.tencentcloudapi.com\nx-tc-action:DescribeImages\n\ncontent-type;host;x-tc-action\n',
    )
    expect(signed.signature).not.toBe(SIGNATURE)
  })

  it('covers the method, query, host, content type, service and payload', () => {
    for (const change of [
      { method: 'GET' },
      { query: 'Limit=1' },
      { host: 'cvm.ap-guangzhou.tencentcloudapi.com' },
      { contentType: 'application/json' },
      { service: '127' },
      { payload: `${OFFICIAL.payload} ` },
      { timestamp: OFFICIAL.timestamp + 1 },
    ]) {
      expect(signTc3({ ...OFFICIAL, ...change }).signature).not.toBe(SIGNATURE)
    }
  })

  it('drops the port from a Host header as the official SDK does', () => {
    expect(hostnameOf('127.0.0.1:9090')).toBe('127.0.0.1')
    expect(hostnameOf('cvm.tencentcloudapi.com')).toBe('cvm.tencentcloudapi.com')
    expect(hostnameOf('[::1]:9090')).toBe('[::1]')
    expect(hostnameOf('[::1]')).toBe('[::1]')
  })
})

describe('parseTc3Authorization', () => {
  it('reads the official Authorization header', () => {
    expect(parseTc3Authorization(signTc3(OFFICIAL).authorization)).toEqual({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      date: '2019-02-25',
      service: 'cvm',
      signedHeaders: ['content-type', 'host'],
      signature: SIGNATURE,
    })
  })

  it.each([
    [
      'another algorithm',
      `HMAC-SHA256 Credential=AKID/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature=${SIGNATURE}`,
    ],
    ['no Credential', `TC3-HMAC-SHA256 SignedHeaders=content-type;host, Signature=${SIGNATURE}`],
    [
      'a scope without terminator',
      `TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm, SignedHeaders=host, Signature=${SIGNATURE}`,
    ],
    [
      'a malformed date',
      `TC3-HMAC-SHA256 Credential=AKID/20190225/cvm/tc3_request, SignedHeaders=host, Signature=${SIGNATURE}`,
    ],
    [
      'upper-case signed headers',
      `TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm/tc3_request, SignedHeaders=Host, Signature=${SIGNATURE}`,
    ],
    [
      'a short signature',
      'TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature=72e4',
    ],
    ['an empty value', ''],
  ])('refuses %s', (_name, header) => {
    expect(parseTc3Authorization(header)).toBeNull()
  })
})

describe('tc3SignatureMatches', () => {
  it('accepts the right signature and refuses any other, including another length', () => {
    expect(tc3SignatureMatches(OFFICIAL, SIGNATURE)).toBe(true)
    expect(tc3SignatureMatches(OFFICIAL, SIGNATURE.replace(/.$/, '9'))).toBe(false)
    expect(tc3SignatureMatches(OFFICIAL, SIGNATURE.slice(1))).toBe(false)
    expect(tc3SignatureMatches(OFFICIAL, '')).toBe(false)
  })
})

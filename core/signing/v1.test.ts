import { describe, expect, it } from 'vitest'
import { buildStringToSign, signaturesEqual, signStringV1 } from './v1.js'

const LEGACY_KEY = 'Gu5t9xGARNpq86cd98joQYCN3Cozk1qA'
const LEGACY_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA'

/** Parameters in a deliberately scrambled order, so the test proves the sort. */
function scrambled(params: Record<string, string>): [string, string][] {
  return Object.entries(params).reverse()
}

describe('signature v1 with the official vectors (https://www.tencentcloud.com/document/api/214/1526)', () => {
  it('A: legacy CVM doc, HmacSHA1 when SignatureMethod is absent', () => {
    const stringToSign = buildStringToSign(
      'GET',
      'cvm.api.qcloud.com',
      '/v2/index.php',
      scrambled({
        Action: 'DescribeInstances',
        Nonce: '11886',
        Region: 'gz',
        SecretId: LEGACY_ID,
        Timestamp: '1465185768',
        'instanceIds.0': 'ins-09dx96dg',
        limit: '20',
        offset: '0',
      }),
    )
    expect(stringToSign).toBe(
      `GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&Region=gz&SecretId=${LEGACY_ID}&Timestamp=1465185768&instanceIds.0=ins-09dx96dg&limit=20&offset=0`,
    )
    expect(signStringV1(LEGACY_KEY, stringToSign, undefined)).toBe('NSI3UqqD99b/UJb4tbG/xZpRW64=')
  })

  const intlParams = (method: string) =>
    scrambled({
      Action: 'DescribeInstances',
      'InstanceIds.0': 'ins-09dx96dg',
      Nonce: '11886',
      Region: 'ap-guangzhou',
      SecretId: LEGACY_ID,
      SignatureMethod: method,
      Timestamp: '1465185768',
    })

  it('B: intl legacy doc, HmacSHA256 when SignatureMethod is HmacSHA256', () => {
    const stringToSign = buildStringToSign(
      'GET',
      'cvm.api.qcloud.com',
      '/v2/index.php',
      intlParams('HmacSHA256'),
    )
    expect(stringToSign).toBe(
      `GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId=${LEGACY_ID}&SignatureMethod=HmacSHA256&Timestamp=1465185768`,
    )
    expect(signStringV1(LEGACY_KEY, stringToSign, 'HmacSHA256')).toBe(
      '0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=',
    )
  })

  it('C: intl legacy doc, HmacSHA1 when SignatureMethod is HmacSHA1', () => {
    const stringToSign = buildStringToSign(
      'GET',
      'cvm.api.qcloud.com',
      '/v2/index.php',
      intlParams('HmacSHA1'),
    )
    expect(signStringV1(LEGACY_KEY, stringToSign, 'HmacSHA1')).toBe('nPVnY6njQmwQ8ciqbPl5Qe+Oru4=')
  })

  it('G: API 3.0 signature v1 on host cvm.tencentcloudapi.com and path /', () => {
    const stringToSign = buildStringToSign(
      'get',
      'cvm.tencentcloudapi.com',
      '/',
      scrambled({
        Action: 'DescribeInstances',
        'InstanceIds.0': 'ins-09dx96dg',
        Limit: '20',
        Nonce: '11886',
        Offset: '0',
        Region: 'ap-guangzhou',
        SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
        Timestamp: '1465185768',
        Version: '2017-03-12',
      }),
    )
    expect(stringToSign).toBe(
      'GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12',
    )
    expect(signStringV1('Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', stringToSign, undefined)).toBe(
      'EliP9YW3pW28FpsEdkXt/+WcGeI=',
    )
  })
})

describe('buildStringToSign', () => {
  const sign = (params: [string, string][]) => buildStringToSign('GET', 'h', '/p', params)

  it('sorts Filters.10 before Filters.2 (string order, not numeric)', () => {
    expect(
      sign([
        ['Filters.2.Name', 'b'],
        ['Filters.10.Name', 'a'],
      ]),
    ).toBe('GETh/p?Filters.10.Name=a&Filters.2.Name=b')
  })

  it('sorts upper-case names before lower-case ones', () => {
    expect(
      sign([
        ['limit', '1'],
        ['Version', 'v'],
        ['Action', 'x'],
      ]),
    ).toBe('GETh/p?Action=x&Version=v&limit=1')
  })

  it('keeps values raw, unicode and reserved characters included', () => {
    expect(sign([['Filters.0.Values.0', '数据库 a&b=c/+']])).toBe('GETh/p?Filters.0.Values.0=数据库 a&b=c/+')
  })

  it('leaves the Signature parameter out', () => {
    expect(
      sign([
        ['Signature', 'abc'],
        ['Nonce', '1'],
      ]),
    ).toBe('GETh/p?Nonce=1')
  })

  it('turns underscores in names into dots and leaves values alone', () => {
    expect(sign([['Placement_Zone', 'CN_GUANGZHOU']])).toBe('GETh/p?Placement.Zone=CN_GUANGZHOU')
  })

  it('upper-cases the method and keeps the host port', () => {
    expect(buildStringToSign('post', '127.0.0.1:9090', '/v2/index.php', [['A', '1']])).toBe(
      'POST127.0.0.1:9090/v2/index.php?A=1',
    )
  })
})

describe('signStringV1', () => {
  it('uses HmacSHA1 for any SignatureMethod other than the exact HmacSHA256', () => {
    const sha1 = signStringV1('k', 's', undefined)
    expect(signStringV1('k', 's', 'hmacsha256')).toBe(sha1)
    expect(signStringV1('k', 's', 'HmacSHA1')).toBe(sha1)
    expect(signStringV1('k', 's', 'HmacSHA256')).not.toBe(sha1)
    expect(Buffer.from(sha1, 'base64')).toHaveLength(20)
  })
})

describe('signaturesEqual', () => {
  it('accepts equal signatures and refuses different ones, of equal length or not', () => {
    expect(signaturesEqual('NSI3UqqD99b/UJb4tbG/xZpRW64=', 'NSI3UqqD99b/UJb4tbG/xZpRW64=')).toBe(true)
    expect(signaturesEqual('NSI3UqqD99b/UJb4tbG/xZpRW64=', 'NSI3UqqD99b/UJb4tbG/xZpRW65=')).toBe(false)
    expect(signaturesEqual('abc', 'abcd')).toBe(false)
    expect(signaturesEqual('', '')).toBe(true)
  })
})

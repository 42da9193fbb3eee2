import { describe, expect, it } from 'vitest'
import { formatDescribeImagesV3Body } from '../describe-images-v3.js'
import { normalizeRequestKey } from './request-key.js'
import {
  type ParseV3Options,
  parseDescribeImagesV3Body,
  parseDescribeImagesV3Params,
  type V3Call,
} from './v3-body.js'

const emulator: ParseV3Options = { requireActionAndVersion: true }
const headers = { action: 'DescribeImages', version: '2017-03-12', region: 'ap-shanghai' }

function parse(body: unknown, call: Partial<V3Call> = {}, options = emulator) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return parseDescribeImagesV3Body({ ...headers, body: text, ...call }, options)
}

function request(body: unknown, call: Partial<V3Call> = {}) {
  const result = parse(body, call)
  if (!result.ok) throw new Error(`unexpected refusal ${result.error.code}: ${result.error.message}`)
  return result.request
}

const codeOf = (body: unknown, call: Partial<V3Call> = {}) => {
  const result = parse(body, call)
  return result.ok ? 'ok' : result.error.code
}

const filter = (Name: string, ...Values: string[]) => ({ Name, Values })

describe('parseDescribeImagesV3Body accepts', () => {
  it('an empty object or an empty body, with the defaults and the region from X-TC-Region', () => {
    const defaults = { region: 'ap-shanghai', imageIds: [], filters: [], offset: 0, limit: 20 }
    expect(request({})).toEqual(defaults)
    expect(request('')).toEqual(defaults)
  })

  it('the SDK body: Filters, Offset and Limit as JSON numbers', () => {
    expect(request({ Limit: 10, Offset: 30, Filters: [filter('image-type', 'PUBLIC_IMAGE')] })).toEqual({
      region: 'ap-shanghai',
      imageIds: [],
      filters: [{ name: 'image-type', values: ['PUBLIC_IMAGE'] }],
      offset: 30,
      limit: 10,
    })
  })

  it('the 3.0 tag filters: tag-key, tag-value and tag:<key>', () => {
    const { filters } = request({
      Filters: [filter('tag-key', 'env'), filter('tag-value', '数据库'), filter('tag:team', '数据库', 'sre')],
    })
    expect(filters.map((f) => f.name)).toEqual(['tag-key', 'tag-value', 'tag:team'])
    expect(filters[2]?.values).toEqual(['数据库', 'sre'])
  })

  it('ImageIds in order, deduplicated', () => {
    const ids = ['img-bbbbbbbb', 'img-aaaaaaaa', 'img-bbbbbbbb']
    expect(request({ ImageIds: ids }).imageIds).toEqual(['img-bbbbbbbb', 'img-aaaaaaaa'])
  })

  it('an InstanceType like SA5.MEDIUM2', () => {
    expect(request({ InstanceType: 'SA5.MEDIUM2' }).instanceType).toBe('SA5.MEDIUM2')
  })

  it.each(['SN3ne.LARGE8', 'HCCPNV4ane.58XLARGE1929', 's5.medium4'])('an InstanceType such as %s', (type) => {
    expect(request({ InstanceType: type }).instanceType).toBe(type)
  })

  it('null fields as absent', () => {
    expect(request({ ImageIds: null, Filters: null, Offset: null, Limit: null, InstanceType: null })).toEqual(
      request({}),
    )
  })

  it('a missing X-TC-Region when the caller gives a default', () => {
    const result = parse({}, { region: undefined }, { ...emulator, defaultRegion: 'ap-tokyo' })
    expect(result.ok && result.request.region).toBe('ap-tokyo')
  })

  it('values exactly as given, no trimming', () => {
    expect(request({ Filters: [filter('image-name', ' web ')] }).filters[0]?.values).toEqual([' web '])
  })
})

describe('parseDescribeImagesV3Body refuses, with the legacy codes', () => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f']
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `img-${String(i).padStart(8, '0')}`)
  it.each([
    ['a missing X-TC-Action', {}, { action: undefined }, 'MissingParameter'],
    ['a missing X-TC-Version', {}, { version: undefined }, 'MissingParameter'],
    ['a missing X-TC-Region', {}, { region: undefined }, 'MissingParameter'],
    ['another action', {}, { action: 'DescribeInstances' }, 'InvalidAction'],
    ['another version', {}, { version: '2022-03-12' }, 'NoSuchVersion'],
    ['a malformed region', {}, { region: 'AP_MARS' }, 'InvalidRegion.NotFound'],
    ['a body that is not JSON', '{"Limit": 1', {}, 'InvalidParameter'],
    ['a body that is a JSON array', [], {}, 'InvalidParameter'],
    ['an unknown field', { Zone: 'ap-guangzhou-3' }, {}, 'UnknownParameter'],
    [
      'an unknown field in a filter',
      { Filters: [{ ...filter('platform', 'CentOS'), Op: 'eq' }] },
      {},
      'UnknownParameter',
    ],
    [
      'ImageIds together with Filters',
      { ImageIds: ['img-9qabwvbn'], Filters: [filter('platform', 'x')] },
      {},
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
    ],
    ['a Limit over 100', { Limit: 101 }, {}, 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['a Limit of 0', { Limit: 0 }, {}, 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['a Limit given as text', { Limit: '10' }, {}, 'InvalidParameter'],
    ['a fractional Offset', { Offset: 1.5 }, {}, 'InvalidParameter'],
    ['a negative Offset', { Offset: -1 }, {}, 'InvalidParameterValue'],
    ['an Offset beyond the safe integers', { Offset: 2 ** 53 + 2 }, {}, 'InvalidParameterValue'],
    [
      'more than 10 filters',
      { Filters: six.concat(six).map((v) => filter('image-name', v)) },
      {},
      'InvalidParameterValue.LimitExceeded',
    ],
    [
      'more than 5 values in a filter',
      { Filters: [filter('image-name', ...six)] },
      {},
      'InvalidParameterValue.LimitExceeded',
    ],
    ['more than 100 ImageIds', { ImageIds: ids(101) }, {}, 'InvalidParameterValue.LimitExceeded'],
    ['an unknown filter name', { Filters: [filter('image-state', 'NORMAL')] }, {}, 'InvalidFilter'],
    ['a tag: filter without a key', { Filters: [filter('tag:', 'x')] }, {}, 'InvalidFilter'],
    ['a filter without Name', { Filters: [{ Values: ['x'] }] }, {}, 'MissingParameter'],
    ['a filter without Values', { Filters: [{ Name: 'platform' }] }, {}, 'MissingParameter'],
    ['a filter with empty Values', { Filters: [filter('platform')] }, {}, 'MissingParameter'],
    ['an empty filter value', { Filters: [filter('platform', '')] }, {}, 'InvalidParameterValue'],
    ['an empty filter name', { Filters: [filter('', 'x')] }, {}, 'InvalidParameterValue'],
    [
      'a filter value that is not text',
      { Filters: [{ Name: 'platform', Values: [7] }] },
      {},
      'InvalidParameter',
    ],
    ['Filters that is not an array', { Filters: filter('platform', 'x') }, {}, 'InvalidParameter'],
    ['ImageIds that is not an array', { ImageIds: 'img-9qabwvbn' }, {}, 'InvalidParameter'],
    ['a malformed ImageId', { ImageIds: ['img-1'] }, {}, 'InvalidImageId.Malformed'],
    [
      'an unknown image-type',
      { Filters: [filter('image-type', 'MARKET_IMAGE')] },
      {},
      'InvalidParameterValue',
    ],
    ['a malformed InstanceType', { InstanceType: 'sa5-medium' }, {}, 'InvalidInstanceType.Malformed'],
  ] as [string, unknown, Partial<V3Call>, string][])('%s', (_name, body, call, code) => {
    expect(codeOf(body, call)).toBe(code)
  })

  it('names the offending field and cuts long input short in the message', () => {
    const result = parse({ Filters: [filter(`image-${'x'.repeat(500)}`, 'a')] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toContain('Filters.0.Name')
    expect(result.error.message.length).toBeLessThan(200)
  })
})

describe('parseDescribeImagesV3Params', () => {
  it('reads the legacy parameter form with the 3.0 tag filters, for the proxy in 3.0 mode', () => {
    const result = parseDescribeImagesV3Params(
      [
        ['Filters.0.Name', 'tag:env'],
        ['Filters.0.Values.0', 'prod'],
      ],
      { requireActionAndVersion: false, defaultRegion: 'ap-guangzhou' },
    )
    expect(result).toEqual({
      ok: true,
      request: {
        region: 'ap-guangzhou',
        imageIds: [],
        filters: [{ name: 'tag:env', values: ['prod'] }],
        offset: 0,
        limit: 20,
      },
    })
  })

  const params = (...extra: [string, string][]) =>
    parseDescribeImagesV3Params(extra, { requireActionAndVersion: false, defaultRegion: 'ap-guangzhou' })

  it('reads InstanceType and the CDC filters', () => {
    const result = params(
      ['InstanceType', 'SN3ne.LARGE8'],
      ['Filters.0.Name', 'cdc-cache-status'],
      ['Filters.0.Values.0', 'CACHED_ALL'],
      ['Filters.1.Name', 'dedicated-cluster-id'],
      ['Filters.1.Values.0', 'cluster-0q1xmdkd'],
    )
    expect(result).toMatchObject({
      ok: true,
      request: {
        instanceType: 'SN3ne.LARGE8',
        filters: [
          { name: 'cdc-cache-status', values: ['CACHED_ALL'] },
          { name: 'dedicated-cluster-id', values: ['cluster-0q1xmdkd'] },
        ],
      },
    })
  })

  it('passes any well-formed region through: the cloud decides whether it exists', () => {
    for (const region of ['ap-qingyuan', 'ap-beijing-fsi', 'ap-guangzhou-open']) {
      expect(params(['Region', region])).toMatchObject({ ok: true, request: { region } })
    }
  })

  it.each([
    ['a malformed InstanceType', [['InstanceType', 'SA5-MEDIUM2']], 'InvalidInstanceType.Malformed'],
    ['an empty InstanceType', [['InstanceType', '']], 'InvalidParameterValue'],
    [
      'a repeated InstanceType',
      [
        ['InstanceType', 'S5.MEDIUM2'],
        ['InstanceType', 'S5.LARGE8'],
      ],
      'InvalidParameter',
    ],
    [
      'a cdc-cache-status outside the documented values',
      [
        ['Filters.0.Name', 'cdc-cache-status'],
        ['Filters.0.Values.0', 'cached'],
      ],
      'InvalidParameterValue',
    ],
    ['a malformed region', [['Region', 'Guangzhou']], 'InvalidRegion.NotFound'],
  ] as [string, [string, string][], string][])('refuses %s', (_name, extra, code) => {
    expect(params(...extra)).toMatchObject({ ok: false, error: { code } })
  })
})

describe('formatDescribeImagesV3Body', () => {
  it('writes a request as a body that parses back to the same request', () => {
    const parsed = request({
      Filters: [filter('tag:team', '数据库'), filter('platform', 'CentOS')],
      Offset: 40,
      Limit: 5,
    })
    const body = formatDescribeImagesV3Body(parsed)
    expect(body).toEqual({
      Filters: [filter('tag:team', '数据库'), filter('platform', 'CentOS')],
      Offset: 40,
      Limit: 5,
    })
    expect(request(body)).toEqual(parsed)
  })

  it('keeps ImageIds and InstanceType', () => {
    const parsed = request({ ImageIds: ['img-9qabwvbn'], InstanceType: 'S5.MEDIUM2' })
    expect(formatDescribeImagesV3Body(parsed)).toEqual({
      ImageIds: ['img-9qabwvbn'],
      Offset: 0,
      Limit: 20,
      InstanceType: 'S5.MEDIUM2',
    })
  })
})

describe('normalizeRequestKey with 3.0 requests', () => {
  it('tells tag filters and instance types apart, and matches equivalent bodies', () => {
    const a = request({ Filters: [filter('tag:env', 'prod', 'dev')] })
    const b = request({ Filters: [filter('tag:env', 'dev', 'prod')] })
    expect(normalizeRequestKey(a)).toBe(normalizeRequestKey(b))
    expect(normalizeRequestKey(a)).not.toBe(
      normalizeRequestKey(request({ Filters: [filter('tag:team', 'prod', 'dev')] })),
    )
    expect(normalizeRequestKey(request({}))).not.toBe(
      normalizeRequestKey(request({ InstanceType: 'S5.MEDIUM2' })),
    )
  })
})

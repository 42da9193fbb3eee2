import { describe, expect, it } from 'vitest'
import { type ParamList, type ParseOptions, parseDescribeImagesParams } from './params.js'
import { normalizeRequestKey } from './request-key.js'

const proxy: ParseOptions = { requireActionAndVersion: false, defaultRegion: 'ap-guangzhou' }
const emulator: ParseOptions = {
  requireActionAndVersion: true,
  extraParameters: new Set(['Timestamp', 'Nonce', 'SecretId', 'Signature']),
}
const base: [string, string][] = [
  ['Action', 'DescribeImages'],
  ['Version', '2017-03-12'],
  ['Region', 'ap-shanghai'],
]

function parse(params: ParamList, options: ParseOptions = proxy) {
  return parseDescribeImagesParams(params, options)
}

function request(params: ParamList, options: ParseOptions = proxy) {
  const result = parse(params, options)
  if (!result.ok) throw new Error(`unexpected refusal ${result.error.code}: ${result.error.message}`)
  return result.request
}

const many = (count: number, key: (i: number) => string, value: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => [key(i), value(i)] as [string, string])

describe('parseDescribeImagesParams accepts', () => {
  it('an empty query with the defaults: default region, Offset 0, Limit 20', () => {
    expect(request([])).toEqual({ region: 'ap-guangzhou', imageIds: [], filters: [], offset: 0, limit: 20 })
  })

  it('ImageIds starting at 0 or 1, in any order, with gaps, ordered numerically', () => {
    const ids = request([
      ['ImageIds.10', 'img-cccccccc'],
      ['ImageIds.2', 'img-bbbbbbbb'],
      ['ImageIds.1', 'img-aaaaaaaa'],
    ]).imageIds
    expect(ids).toEqual(['img-aaaaaaaa', 'img-bbbbbbbb', 'img-cccccccc'])
    expect(request([['ImageIds.0', 'img-aaaaaaaa']]).imageIds).toEqual(['img-aaaaaaaa'])
  })

  it('Filters grouped by index with values in numeric index order, values kept exactly as given', () => {
    const { filters } = request([
      ['Filters.12.Values.3', ' web '],
      ['Filters.1.Values.1', 'PRIVATE_IMAGE'],
      ['Filters.12.Name', 'image-name'],
      ['Filters.1.Name', 'image-type'],
      ['Filters.12.Values.20', '数据库'],
      ['Filters.12.Values.0', 'Web'],
    ])
    expect(filters).toEqual([
      { name: 'image-type', values: ['PRIVATE_IMAGE'] },
      { name: 'image-name', values: ['Web', ' web ', '数据库'] },
    ])
  })

  it('identical values within a filter only once, keeping the first position', () => {
    const { filters } = request([
      ['Filters.0.Name', 'platform'],
      ['Filters.0.Values.0', 'CentOS'],
      ['Filters.0.Values.1', 'Ubuntu'],
      ['Filters.0.Values.2', 'CentOS'],
    ])
    expect(filters[0]?.values).toEqual(['CentOS', 'Ubuntu'])
  })

  it('indices beyond the safe integer range, ordered exactly', () => {
    const { imageIds } = request([
      ['ImageIds.123456789012345678901', 'img-bbbbbbbb'],
      ['ImageIds.123456789012345678900', 'img-aaaaaaaa'],
    ])
    expect(imageIds).toEqual(['img-aaaaaaaa', 'img-bbbbbbbb'])
  })

  it('Offset, Limit and Region as given, Limit at both ends of 1..100', () => {
    expect(
      request([
        ['Region', 'ap-tokyo'],
        ['Offset', '40'],
        ['Limit', '100'],
      ]),
    ).toMatchObject({
      region: 'ap-tokyo',
      offset: 40,
      limit: 100,
    })
    expect(request([['Limit', '1']]).limit).toBe(1)
  })

  it('Action and Version when present in proxy mode, and the caller’s extra parameters in emulator mode', () => {
    expect(request(base).region).toBe('ap-shanghai')
    expect(request([...base, ['Nonce', '1'], ['Signature', 'x']], emulator).region).toBe('ap-shanghai')
  })
})

type Case = [name: string, params: ParamList, code: string, mentions: string, options?: ParseOptions]

const refusals: Case[] = [
  [
    'a duplicate key',
    [
      ['Limit', '5'],
      ['Limit', '5'],
    ],
    'InvalidParameter',
    '"Limit"',
  ],
  ['an unknown parameter', [['Foo', '1']], 'UnknownParameter', '"Foo"'],
  ['a parameter the proxy owns', [['Signature', 'x']], 'UnknownParameter', '"Signature"'],
  ['a leading-zero index', [['ImageIds.01', 'img-aaaaaaaa']], 'UnknownParameter', '"ImageIds.01"'],
  ['a negative index', [['ImageIds.-1', 'img-aaaaaaaa']], 'UnknownParameter', '"ImageIds.-1"'],
  ['a non-numeric index', [['Filters.a.Name', 'platform']], 'UnknownParameter', '"Filters.a.Name"'],
  ['an unindexed array key', [['ImageIds', 'img-aaaaaaaa']], 'UnknownParameter', '"ImageIds"'],
  ['an unknown key shape', [['Filters.0.Values', 'x']], 'UnknownParameter', '"Filters.0.Values"'],
  ['a key in the wrong case', [['limit', '5']], 'UnknownParameter', '"limit"'],
  [
    'an empty value',
    [
      ['Filters.0.Name', 'platform'],
      ['Filters.0.Values.0', ''],
    ],
    'InvalidParameterValue',
    '"Filters.0.Values.0"',
  ],
  [
    'ImageIds together with Filters',
    [
      ['ImageIds.0', 'img-aaaaaaaa'],
      ['Filters.0.Name', 'platform'],
      ['Filters.0.Values.0', 'x'],
    ],
    'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
    '"ImageIds"',
  ],
  [
    'more than 10 filters',
    many(
      11,
      (i) => `Filters.${i}.Name`,
      () => 'platform',
    ).concat(
      many(
        11,
        (i) => `Filters.${i}.Values.0`,
        () => 'x',
      ),
    ),
    'InvalidParameterValue.LimitExceeded',
    'at most 10 filters',
  ],
  [
    'more than 5 values in one filter',
    [
      ['Filters.3.Name', 'platform'],
      ...many(
        6,
        (i) => `Filters.3.Values.${i}`,
        (i) => `v${i}`,
      ),
    ],
    'InvalidParameterValue.LimitExceeded',
    '"Filters.3" may hold at most 5 values',
  ],
  [
    'more than 100 ImageIds',
    many(
      101,
      (i) => `ImageIds.${i}`,
      (i) => `img-${String(i).padStart(8, '0')}`,
    ),
    'InvalidParameterValue.LimitExceeded',
    'at most 100 ids',
  ],
  [
    'an unknown filter name',
    [
      ['Filters.0.Name', 'image-state'],
      ['Filters.0.Values.0', 'NORMAL'],
    ],
    'InvalidFilter',
    '"image-state"',
  ],
  [
    'a filter name without values',
    [['Filters.0.Name', 'platform']],
    'MissingParameter',
    '"Filters.0.Values.0"',
  ],
  [
    'filter values without a name',
    [['Filters.4.Values.0', 'CentOS']],
    'MissingParameter',
    '"Filters.4.Name"',
  ],
  [
    'an unknown image-type value',
    [
      ['Filters.0.Name', 'image-type'],
      ['Filters.0.Values.0', 'public_image'],
    ],
    'InvalidParameterValue',
    '"public_image"',
  ],
  ['a malformed ImageId', [['ImageIds.0', 'img-ABCDEFGH']], 'InvalidImageId.Malformed', '"img-ABCDEFGH"'],
  [
    'an ImageId with surrounding spaces (no trimming)',
    [['ImageIds.0', ' img-aaaaaaaa']],
    'InvalidImageId.Malformed',
    '" img-aaaaaaaa"',
  ],
  [
    'a malformed image-id filter value',
    [
      ['Filters.0.Name', 'image-id'],
      ['Filters.0.Values.0', 'img-1'],
    ],
    'InvalidImageId.Malformed',
    '"img-1"',
  ],
  ['Limit 0', [['Limit', '0']], 'InvalidParameterValue.InvalidParameterValueLimit', '"Limit"'],
  ['Limit 101', [['Limit', '101']], 'InvalidParameterValue.InvalidParameterValueLimit', '"Limit"'],
  ['a non-numeric Limit', [['Limit', '2x']], 'InvalidParameter', '"Limit"'],
  ['a fractional Offset', [['Offset', '1.5']], 'InvalidParameter', '"Offset"'],
  ['a Limit with spaces', [['Limit', ' 5']], 'InvalidParameter', '"Limit"'],
  ['a negative Offset', [['Offset', '-1']], 'InvalidParameterValue', '"Offset"'],
  [
    'an Offset beyond the safe integer range',
    [['Offset', '9007199254740993']],
    'InvalidParameterValue',
    '"Offset"',
  ],
  ['an unknown Region', [['Region', 'gz']], 'InvalidRegion.NotFound', '"gz"'],
  [
    'a missing Region without a default',
    [],
    'MissingParameter',
    '"Region"',
    { requireActionAndVersion: false },
  ],
  ['a missing Action in emulator mode', base.slice(1), 'MissingParameter', '"Action"', emulator],
  [
    'a missing Version in emulator mode',
    [base[0] as [string, string], base[2] as [string, string]],
    'MissingParameter',
    '"Version"',
    emulator,
  ],
  ['another Action', [['Action', 'RunInstances']], 'InvalidAction.NotFound', '"RunInstances"'],
  ['another Version', [['Version', '2022-01-01']], 'NoSuchVersion', '"2022-01-01"'],
  ['the emulator’s common parameters in proxy mode', [['Nonce', '1']], 'UnknownParameter', '"Nonce"'],
]

describe('parseDescribeImagesParams refuses', () => {
  it.each(refusals)('%s', (_name, params, code, mentions, options) => {
    const result = parse(params, options)
    expect(result).toMatchObject({ ok: false, error: { code } })
    if (!result.ok) expect(result.error.message).toContain(mentions)
  })

  it('echoes at most a short prefix of a huge value', () => {
    const result = parse([['Region', 'x'.repeat(100_000)]])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message.length).toBeLessThan(200)
  })
})

describe('normalizeRequestKey', () => {
  it('gives equivalent queries the same key whatever the order and numbering', () => {
    const a = request([
      ['Filters.0.Name', 'image-type'],
      ['Filters.0.Values.0', 'PUBLIC_IMAGE'],
      ['Filters.0.Values.1', 'SHARED_IMAGE'],
      ['Filters.1.Name', 'platform'],
      ['Filters.1.Values.0', 'CentOS'],
    ])
    const b = request([
      ['Limit', '20'],
      ['Filters.7.Values.1', 'CentOS'],
      ['Filters.7.Name', 'platform'],
      ['Filters.2.Values.9', 'PUBLIC_IMAGE'],
      ['Filters.2.Values.3', 'SHARED_IMAGE'],
      ['Filters.2.Name', 'image-type'],
      ['Region', 'ap-guangzhou'],
    ])
    expect(normalizeRequestKey(a)).toBe(normalizeRequestKey(b))
  })

  it('tells apart queries that differ in region, values, page or size', () => {
    const keys = [
      [
        ['Filters.0.Name', 'platform'],
        ['Filters.0.Values.0', 'CentOS'],
      ],
      [
        ['Filters.0.Name', 'platform'],
        ['Filters.0.Values.0', 'centos'],
      ],
      [
        ['Filters.0.Name', 'image-name'],
        ['Filters.0.Values.0', 'CentOS'],
      ],
      [['Region', 'ap-tokyo']],
      [['Offset', '20']],
      [['Limit', '21']],
      [['ImageIds.0', 'img-aaaaaaaa']],
    ].map((params) => normalizeRequestKey(request(params as [string, string][])))
    expect(new Set(keys).size).toBe(keys.length)
  })
})

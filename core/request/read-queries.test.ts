import { describe, expect, it } from 'vitest'
import { normalizeLegacyShareAnswer } from '../image-share-permission.js'
import type { GenericActionName } from '../read-actions.js'
import { parseDescribeInstancesBody } from './instances.js'
import { parseActionQuery, type QueryOptions } from './read-queries.js'

const v3: QueryOptions = { defaultRegion: 'ap-guangzhou', family: 'v3' }
const legacy: QueryOptions = { ...v3, family: 'legacy' }

const query = (text: string) => [...new URLSearchParams(text)]
const ids = (count: number) =>
  Array.from({ length: count }, (_, i) => `InstanceIds.${i}=ins-${String(i).padStart(8, '0')}`).join('&')
const filters = (count: number) =>
  Array.from({ length: count }, (_, i) => `Filters.${i}.Name=zone&Filters.${i}.Values.0=ap-guangzhou-3`).join(
    '&',
  )

type Refused = [what: string, action: GenericActionName, query: string, code: string, options?: QueryOptions]
const refusals: Refused[] = [
  [
    'image-id, which is no DescribeInstances filter',
    'DescribeInstances',
    'Filters.0.Name=image-id&Filters.0.Values.0=img-aaaaaaaa',
    'InvalidFilter',
  ],
  [
    'a filter missing from the documented list',
    'DescribeInstances',
    'Filters.0.Name=os-name&Filters.0.Values.0=x',
    'InvalidFilter',
  ],
  [
    'a 3.0-only filter in legacy mode',
    'DescribeInstances',
    'Filters.0.Name=instance-state&Filters.0.Values.0=RUNNING',
    'InvalidFilter',
    legacy,
  ],
  ['InstanceIds with Filters', 'DescribeInstances', `${ids(1)}&${filters(1)}`, 'InvalidParameter'],
  ['Limit 0', 'DescribeInstances', 'Limit=0', 'InvalidParameterValue.InvalidParameterValueLimit'],
  ['Limit 101', 'DescribeInstances', 'Limit=101', 'InvalidParameterValue.InvalidParameterValueLimit'],
  ['101 InstanceIds', 'DescribeInstances', ids(101), 'InvalidParameterValue.LimitExceeded'],
  ['11 filters', 'DescribeInstances', filters(11), 'InvalidParameterValue.LimitExceeded'],
  [
    '6 values in one filter',
    'DescribeInstances',
    `Filters.0.Name=zone&${Array.from({ length: 6 }, (_, i) => `Filters.0.Values.${i}=z${i}`).join('&')}`,
    'InvalidParameterValue.LimitExceeded',
  ],
  ['a malformed instance id', 'DescribeInstances', 'InstanceIds.0=i-123', 'InvalidInstanceId.Malformed'],
  [
    'ImageIds, which DescribeInstances does not take',
    'DescribeInstances',
    'ImageIds.0=img-aaaaaaaa',
    'UnknownParameter',
  ],
  ['another Action', 'DescribeInstances', 'Action=RunInstances', 'InvalidAction'],
  [
    'another Action, legacy endpoint',
    'DescribeInstances',
    'Action=RunInstances',
    'InvalidAction.NotFound',
    legacy,
  ],
  [
    'another Action, legacy share permission',
    'DescribeImageSharePermission',
    'ImageId=img-aaaaaaaa&Action=DescribeImages',
    'InvalidAction.NotFound',
    legacy,
  ],
  ['another Action, 3.0 quota', 'DescribeImageQuota', 'Action=DescribeImages', 'InvalidAction'],
  ['a malformed Region', 'DescribeInstances', 'Region=Mars', 'InvalidRegion.NotFound'],
  ['no ImageId', 'DescribeImageSharePermission', '', 'MissingParameter'],
  ['a malformed ImageId', 'DescribeImageSharePermission', 'ImageId=img-1', 'InvalidImageId.Malformed'],
  [
    'a repeated ImageId',
    'DescribeImageSharePermission',
    'ImageId=img-aaaaaaaa&ImageId=img-bbbbbbbb',
    'InvalidParameter',
  ],
  [
    'an unknown parameter',
    'DescribeImageSharePermission',
    'ImageId=img-aaaaaaaa&AccountIds.0=1',
    'UnknownParameter',
  ],
  ['any parameter but Region', 'DescribeImageQuota', 'Limit=1', 'UnknownParameter'],
  ['the proxy’s own Signature', 'DescribeImageQuota', 'Signature=x', 'UnknownParameter'],
]

describe('each action’s rules refuse, before any upstream call', () => {
  it.each(refusals)('%s', (_what, action, text, code, options = v3) => {
    expect(parseActionQuery(action, query(text), options)).toMatchObject({ ok: false, error: { code } })
  })
})

describe('each action’s rules accept', () => {
  it('DescribeInstances filters from the documented list, tag:<key> and InstanceIds, written in both forms', () => {
    const parsed = parseActionQuery(
      'DescribeInstances',
      query(
        'Filters.3.Name=instance-state&Filters.3.Values.0=RUNNING&Filters.1.Name=tag:env&Filters.1.Values.0=prod&Limit=100&Offset=200',
      ),
      v3,
    )
    expect(parsed).toMatchObject({
      ok: true,
      call: { region: 'ap-guangzhou', field: { key: 'InstanceSet' } },
    })
    if (!parsed.ok) return
    expect(parsed.call.body).toEqual({
      Filters: [
        { Name: 'tag:env', Values: ['prod'] },
        { Name: 'instance-state', Values: ['RUNNING'] },
      ],
      Offset: 200,
      Limit: 100,
    })
    expect(parsed.call.params).toContainEqual(['Filters.0.Name', 'tag:env'])
    const ids100 = parseActionQuery('DescribeInstances', query(`${ids(100)}&Region=ap-tokyo`), legacy)
    expect(ids100).toMatchObject({ ok: true, call: { region: 'ap-tokyo' } })
  })

  it('gives equivalent DescribeInstances queries one cache key, and different ones different keys', () => {
    const key = (text: string) => {
      const parsed = parseActionQuery('DescribeInstances', query(text), v3)
      return parsed.ok ? parsed.call.key : parsed.error.code
    }
    const a = key('Filters.0.Name=zone&Filters.0.Values.0=z1&Filters.0.Values.1=z2')
    expect(key('Filters.5.Name=zone&Filters.5.Values.7=z2&Filters.5.Values.2=z1&Region=ap-guangzhou')).toBe(a)
    expect(key('Filters.0.Name=zone&Filters.0.Values.0=z1')).not.toBe(a)
    expect(key('Offset=20')).not.toBe(key('Offset=40'))
  })

  it('DescribeImageSharePermission with a well-formed ImageId, and DescribeImageQuota with Region alone', () => {
    expect(parseActionQuery('DescribeImageSharePermission', query('ImageId=img-abcd1234'), v3)).toMatchObject(
      {
        ok: true,
        call: {
          body: { ImageId: 'img-abcd1234' },
          params: [
            ['Region', 'ap-guangzhou'],
            ['ImageId', 'img-abcd1234'],
          ],
        },
      },
    )
    expect(parseActionQuery('DescribeImageQuota', query('Region=ap-seoul'), v3)).toMatchObject({
      ok: true,
      call: { region: 'ap-seoul', body: {}, field: { key: 'ImageNumQuota', kind: 'number' } },
    })
  })
})

describe('the 3.0 body of DescribeInstances (the emulator)', () => {
  const call = (body: unknown) =>
    parseDescribeInstancesBody(
      {
        action: 'DescribeInstances',
        version: '2017-03-12',
        region: 'ap-guangzhou',
        body: JSON.stringify(body),
      },
      { requireActionAndVersion: true },
    )
  it('reads InstanceIds, Filters, Offset and Limit, and refuses what the query form refuses', () => {
    expect(call({ InstanceIds: ['ins-aaaaaaaa'], Limit: 5 })).toMatchObject({
      ok: true,
      request: { instanceIds: ['ins-aaaaaaaa'], limit: 5 },
    })
    expect(call({ Filters: [{ Name: 'image-id', Values: ['img-aaaaaaaa'] }] })).toMatchObject({
      ok: false,
      error: { code: 'InvalidFilter' },
    })
    expect(call({ ImageIds: ['img-aaaaaaaa'] })).toMatchObject({
      ok: false,
      error: { code: 'UnknownParameter' },
    })
  })
})

describe('normalizeLegacyShareAnswer', () => {
  it('renames Account to AccountId and RequestID to RequestId, and leaves errors as they came', () => {
    const legacyAnswer = JSON.stringify({
      Response: {
        SharePermissionSet: [{ CreatedTime: '2026-01-02T03:04:05Z', Account: '100000000001' }],
        RequestID: 'r-1',
      },
    })
    expect(JSON.parse(normalizeLegacyShareAnswer(legacyAnswer))).toEqual({
      Response: {
        SharePermissionSet: [{ AccountId: '100000000001', CreatedTime: '2026-01-02T03:04:05Z' }],
        RequestId: 'r-1',
      },
    })
    const error = '{"Response":{"Error":{"Code":"InvalidImageId.NotFound","Message":"x"},"RequestId":"r"}}'
    expect(normalizeLegacyShareAnswer(error)).toBe(error)
  })
})

/**
 * Nearly valid queries: a valid query with one mutation, and the Tencent error code it must be refused with.
 * Each mutation leaves the rest of the query valid, so the expected code is known exactly.
 */
import fc from 'fast-check'
import { type Params, type ValidQuery, validQuery } from './query-arbitraries.js'
import { encodeParams, splitMix } from './query-encoding.js'

export interface NearlyValidQuery {
  query: string
  /** The refusal the query must get. */
  code: string
  /** Text the refusal's message must contain: the parameter it names. */
  named: string
}

interface Mutated {
  params: Params
  code: string
  named: string
}

type Mutation = (params: Params, random: () => number) => Mutated

/** Names the proxy must refuse: its own signing parameters, prototype keys, odd indices, near-miss spellings. */
export const UNKNOWN_KEYS = [
  'SecretId',
  'Signature',
  'SignatureMethod',
  'Timestamp',
  'Nonce',
  'Token',
  'RequestClient',
  'Language',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'Filters.__proto__.Name',
  'Filters.constructor.Values.0',
  'ImageIds.__proto__',
  'ImageIds.01',
  'ImageIds.-1',
  'ImageIds.+1',
  'ImageIds.1.5',
  'ImageIds.1e3',
  'ImageIds.0x1',
  'ImageIds.١',
  'ImageIds.',
  'Filters..Name',
  'Filters.0.Values',
  'Filters.0.Value.0',
  'Filters.00.Name',
  'filters.0.name',
  'region',
  'LIMIT',
  'Offset ',
  ' Limit',
  'Limit\u0000',
  'Action[]',
  'Region.0',
]

const at = (params: Params, random: () => number) => Math.floor(random() * (params.length + 1))

function insert(params: Params, entry: [string, string], random: () => number): Params {
  const copy = [...params]
  copy.splice(at(params, random), 0, entry)
  return copy
}

/** Drops any `name` and puts `name=value` somewhere. */
function replace(params: Params, name: string, value: string, random: () => number): Params {
  return insert(
    params.filter(([key]) => key !== name),
    [name, value],
    random,
  )
}

/** How the refusal message quotes a name or value: cut to 40 characters, JSON-escaped. */
const cut = (text: string) => JSON.stringify(text.slice(0, 40)).slice(1, -1)

function pick(params: Params, random: () => number, fallback: [string, string]): [string, string] {
  return params[Math.floor(random() * params.length)] ?? fallback
}

const duplicate: Mutation = (params, random) => {
  const [key, value] = pick(params, random, ['Limit', '7'])
  const base = params.length > 0 ? params : [[key, value] as [string, string]]
  // After the original, so the first occurrence is the one accepted.
  const first = base.findIndex(([name]) => name === key)
  const copy = [...base]
  copy.splice(first + 1 + Math.floor(random() * (base.length - first)), 0, [key, value])
  return { params: copy, code: 'InvalidParameter', named: cut(key) }
}

const emptyValue: Mutation = (params, random) => {
  const [key] = pick(params, random, ['Offset', ''])
  const rest = params.filter(([name]) => name !== key)
  return { params: insert(rest, [key, ''], random), code: 'InvalidParameterValue', named: cut(key) }
}

function unknownKey(key: string): Mutation {
  return (params, random) => ({
    params: insert(params, [key, 'x'], random),
    code: 'UnknownParameter',
    named: cut(key),
  })
}

function scalar(name: string, value: string, code: string): Mutation {
  return (params, random) => ({ params: replace(params, name, value, random), code, named: name })
}

const LIMIT_RANGE = 'InvalidParameterValue.InvalidParameterValueLimit'
const COUNTS: Array<[string, string, string]> = [
  ['Limit', '0', LIMIT_RANGE],
  ['Limit', '101', LIMIT_RANGE],
  ['Limit', '99999', LIMIT_RANGE],
  ['Limit', '-1', 'InvalidParameterValue'],
  ['Limit', '123456789012345678901234567890', 'InvalidParameterValue'],
  ['Offset', '-5', 'InvalidParameterValue'],
  ['Offset', '9007199254740993', 'InvalidParameterValue'],
  ...['1e1', ' 5', '5 ', '0x10', '５', '3.0', '+5', 'NaN', 'Infinity'].flatMap((text) =>
    ['Limit', 'Offset'].map((name): [string, string, string] => [name, text, 'InvalidParameter']),
  ),
]

const coexist: Mutation = (params, random) => {
  const hasIds = params.some(([key]) => key.startsWith('ImageIds.'))
  const hasFilters = params.some(([key]) => key.startsWith('Filters.'))
  let next = params
  if (!hasIds) next = insert(next, ['ImageIds.0', 'img-aaaaaaaa'], random)
  if (!hasFilters) {
    next = insert(next, ['Filters.0.Name', 'platform'], random)
    next = insert(next, ['Filters.0.Values.0', 'CentOS'], random)
  }
  return { params: next, code: 'InvalidParameter.InvalidParameterCoexistImageIdsFilters', named: 'ImageIds' }
}

const refusedValue = (name: string, code: string, values: string[]) =>
  values.map((value) => scalar(name, value, code))

const MUTATIONS: Mutation[] = [
  duplicate,
  emptyValue,
  coexist,
  ...UNKNOWN_KEYS.map(unknownKey),
  ...COUNTS.map(([name, value, code]) => scalar(name, value, code)),
  ...refusedValue('Region', 'InvalidRegion.NotFound', [
    'mars-north-1',
    'AP-GUANGZHOU',
    'ap-guangzhou ',
    '__proto__',
  ]),
  ...refusedValue('Action', 'InvalidAction.NotFound', [
    'RunInstances',
    'describeimages',
    'DescribeImages ',
    '__proto__',
  ]),
  ...refusedValue('Version', 'NoSuchVersion', ['2022-03-12', '2017-3-12', 'latest']),
]

/** The named value for value mutations is the value itself (the message quotes it), for the rest the name. */
function withValueName(mutated: Mutated): Mutated {
  if (mutated.code !== 'InvalidAction.NotFound' && mutated.code !== 'NoSuchVersion') return mutated
  const name = mutated.code === 'InvalidAction.NotFound' ? 'Action' : 'Version'
  const value = mutated.params.find(([key]) => key === name)?.[1] ?? ''
  return { ...mutated, named: cut(value) }
}

export const nearlyValidQuery: fc.Arbitrary<NearlyValidQuery> = fc
  .tuple(validQuery, fc.nat(MUTATIONS.length - 1), fc.integer())
  .map(([valid, which, seed]: [ValidQuery, number, number]) => {
    const random = splitMix(seed)
    const mutate = MUTATIONS[which] as Mutation
    const { params, code, named } = withValueName(mutate(valid.params, random))
    return { query: encodeParams(params, random), code, named }
  })

/**
 * The API 3.0 request model: a JSON body plus the X-TC-Action/Version/Region headers become a validated
 * DescribeImagesV3Request, or the Tencent error code. The JSON is checked for shape here and then goes through
 * the same rules as the legacy parameters (rules.ts), with the 3.0 filter names.
 */
import {
  type DescribeImagesV3Request,
  isV3FilterName,
  isWellFormedInstanceType,
} from '../describe-images-v3.js'
import { isRecord } from '../json.js'
import { groupParams, type ParamList, type ParseOptions } from './params.js'
import { quote, type RequestError, refuse, settle } from './refusal.js'
import { type RawFilter, type RawRequest, validateRaw } from './rules.js'

export interface V3Call {
  /** The X-TC-Action, X-TC-Version and X-TC-Region header values; undefined when absent. */
  action?: string
  version?: string
  region?: string
  /** The request body as received; an empty body reads as `{}`. */
  body: string
}

export interface ParseV3Options {
  /** Used when X-TC-Region is absent; without it a missing Region is MissingParameter. */
  defaultRegion?: string
  /** true (emulator): X-TC-Action and X-TC-Version are required. */
  requireActionAndVersion: boolean
  /** The regions that exist; without it any well-formed region id passes (rules.ts). */
  isKnownRegion?: (id: string) => boolean
}

export type ParseV3Result =
  | { ok: true; request: DescribeImagesV3Request }
  | { ok: false; error: RequestError }

const INSTANCE_TYPE_KEY = 'InstanceType'
const BODY_KEYS = new Set(['ImageIds', 'Filters', 'Offset', 'Limit', INSTANCE_TYPE_KEY])
const FILTER_KEYS = new Set(['Name', 'Values'])

const wrongType = (name: string, what: string): never =>
  refuse('InvalidParameter', `The parameter ${quote(name)} must be ${what}.`)

export function readJson(body: string): Record<string, unknown> {
  if (body.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return refuse('InvalidParameter', 'The request body is not valid JSON.')
  }
  return isRecord(value) ? value : wrongType('body', 'a JSON object')
}

export function checkKeys(
  object: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  prefix: string,
): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key))
      refuse('UnknownParameter', `The parameter ${quote(prefix + key)} is not recognized.`)
  }
}

/** A JSON array of non-empty strings, keyed by position like the legacy `Name.N` indices. */
export function strings(value: unknown, name: string): Map<string, string> {
  if (!Array.isArray(value)) return wrongType(name, 'an array of strings')
  return new Map(
    value.map((item, index): [string, string] => {
      if (typeof item !== 'string') wrongType(`${name}.${index}`, 'a string')
      if (item === '') refuse('InvalidParameterValue', `The parameter "${name}.${index}" must not be empty.`)
      return [String(index), item]
    }),
  )
}

export function readFilter(value: unknown, index: number): RawFilter {
  const key = `Filters.${index}`
  if (!isRecord(value)) return wrongType(key, 'an object with Name and Values')
  checkKeys(value, FILTER_KEYS, `${key}.`)
  const { Name, Values } = value
  const filter: RawFilter = { values: Values == null ? new Map() : strings(Values, `${key}.Values`) }
  if (Name == null) return filter
  if (typeof Name !== 'string') return wrongType(`${key}.Name`, 'a string')
  if (Name === '') refuse('InvalidParameterValue', `The parameter "${key}.Name" must not be empty.`)
  return { ...filter, nameKey: `${key}.Name`, name: Name }
}

/** JSON integers become the decimal text a query string carries, so one set of rules reads both. */
export function count(value: unknown, name: string): string | undefined {
  if (value == null) return undefined
  return typeof value === 'number' ? String(value) : wrongType(name, 'an integer')
}

function readBody(call: V3Call, body: Record<string, unknown>): RawRequest {
  checkKeys(body, BODY_KEYS, '')
  const scalars = new Map<string, string>()
  const headers = { Action: call.action, Version: call.version, Region: call.region }
  const numbers = { Offset: count(body.Offset, 'Offset'), Limit: count(body.Limit, 'Limit') }
  for (const [name, value] of Object.entries({ ...headers, ...numbers })) {
    if (value !== undefined) scalars.set(name, value)
  }
  const filters = body.Filters == null ? [] : body.Filters
  if (!Array.isArray(filters)) return wrongType('Filters', 'an array of filters')
  return {
    scalars,
    imageIds: body.ImageIds == null ? new Map() : strings(body.ImageIds, 'ImageIds'),
    filters: new Map(filters.map((filter, index) => [String(index), readFilter(filter, index)])),
  }
}

function instanceType(value: unknown): string | undefined {
  if (value == null) return undefined
  if (typeof value !== 'string') return wrongType('InstanceType', 'a string')
  if (!isWellFormedInstanceType(value)) {
    refuse('InvalidInstanceType.Malformed', `The instance type ${quote(value)} is not like "SA5.MEDIUM2".`)
  }
  return value
}

const V3_RULES = { isFilterName: isV3FilterName, unknownActionCode: 'InvalidAction' } as const

/** `null` fields count as absent, as the SDKs leave unset fields out. */
export function parseDescribeImagesV3Body(call: V3Call, options: ParseV3Options): ParseV3Result {
  return settle(() => {
    const body = readJson(call.body)
    const request = validateRaw(readBody(call, body), { ...options, ...V3_RULES })
    const type = instanceType(body.InstanceType)
    return type === undefined ? request : { ...request, instanceType: type }
  })
}

/**
 * The legacy parameter form with what 3.0 adds: its filter names (tags, CDC) and `InstanceType`. Only one
 * InstanceType: a repeated one is refused by groupParams like any repeated name.
 */
export function parseDescribeImagesV3Params(params: ParamList, options: ParseOptions): ParseV3Result {
  const rules = { ...options, ...V3_RULES }
  const extra = new Set([...(options.extraParameters ?? []), INSTANCE_TYPE_KEY])
  return settle(() => {
    const request = validateRaw(groupParams(params, extra), rules)
    const given = params.find(([key]) => key === INSTANCE_TYPE_KEY)?.[1]
    if (given === '')
      refuse('InvalidParameterValue', `The parameter "${INSTANCE_TYPE_KEY}" must not be empty.`)
    const type = instanceType(given)
    return type === undefined ? request : { ...request, instanceType: type }
  })
}

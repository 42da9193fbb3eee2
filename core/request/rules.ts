/**
 * The rules of DescribeImages (https://cloud.tencent.com/document/api/213/15715), whatever shape the call
 * arrived in: a legacy query string or form body (params.ts) and a 3.0 JSON body (v3-body.ts) are both grouped
 * into a RawRequest first, so both refuse the same things with the same Tencent codes. Only the accepted filter
 * names differ.
 */
import {
  ACTION,
  API_VERSION,
  DEFAULT_LIMIT,
  IMAGE_TYPES,
  isImageId,
  MAX_FILTER_VALUES,
  MAX_FILTERS,
  MAX_IMAGE_IDS,
  MAX_LIMIT,
} from '../describe-images.js'
import { CDC_CACHE_STATUSES } from '../describe-images-v3.js'
import type { ApiFamily } from '../errors.js'
import { isWellFormedRegionId } from '../regions.js'
import { missing, quote, refuse } from './refusal.js'

export interface RawFilter {
  /** The caller's own name for the filter's Name (`Filters.3.Name`), for messages. */
  nameKey?: string
  name?: string
  /** By index, as decimal text. */
  values: Map<string, string>
}

/** A call as read, before any rule: text values, arrays keyed by their index as decimal text. */
export interface RawRequest {
  /** Action, Version, Region, Offset, Limit */
  scalars: Map<string, string>
  imageIds: Map<string, string>
  filters: Map<string, RawFilter>
}

export interface RuleOptions<N extends string> {
  defaultRegion?: string
  /**
   * The regions that exist (the emulator's own list). Without it any well-formed id passes, since Tencent adds
   * regions and the cloud itself decides (the proxy).
   */
  isKnownRegion?: (id: string) => boolean
  requireActionAndVersion: boolean
  isFilterName: (name: string) => name is N
  /**
   * What another Action is refused with: each API answers from its own table of common codes, the legacy
   * (revised-legacy) one `InvalidAction.NotFound`, API 3.0 `InvalidAction`.
   */
  unknownActionCode: 'InvalidAction' | 'InvalidAction.NotFound'
}

export interface ValidRequest<N extends string> {
  region: string
  imageIds: string[]
  filters: { name: N; values: string[] }[]
  offset: number
  limit: number
}

export const tooMany = (what: string, max: number, count: number, unit: string): never =>
  refuse('InvalidParameterValue.LimitExceeded', `${what} may hold at most ${max} ${unit}, not ${count}.`)

/** Indices order numerically whatever their length: shorter decimal text is the smaller number. */
const byIndex = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)

/** The options checkActionAndVersion reads; `action` (default DescribeImages) is the one Action accepted. */
export type ActionRule = Pick<RuleOptions<string>, 'requireActionAndVersion' | 'unknownActionCode'> & {
  action?: string
}

/** What another Action is refused with in each API family (RuleOptions.unknownActionCode). */
export const unknownActionCodeOf = (family: ApiFamily): RuleOptions<string>['unknownActionCode'] =>
  family === 'legacy' ? 'InvalidAction.NotFound' : 'InvalidAction'

/** Action (when given, or required) must be `action`; Version the one API version. */
export function checkActionAndVersion(
  scalars: Map<string, string>,
  { requireActionAndVersion: required, unknownActionCode, action = ACTION }: ActionRule,
): void {
  const given = scalars.get('Action')
  const version = scalars.get('Version')
  if (required && given === undefined) missing('Action')
  if (given !== undefined && given !== action)
    refuse(unknownActionCode, `The action ${quote(given)} is not found.`)
  if (required && version === undefined) missing('Version')
  if (version !== undefined && version !== API_VERSION) {
    refuse('NoSuchVersion', `The API version ${quote(version)} does not exist; use "${API_VERSION}".`)
  }
}

export function parseRegion(
  given: string | undefined,
  options: Pick<RuleOptions<string>, 'defaultRegion' | 'isKnownRegion'>,
): string {
  const region = given ?? options.defaultRegion
  if (region === undefined) return missing('Region')
  if (!isWellFormedRegionId(region)) {
    refuse(
      'InvalidRegion.NotFound',
      `The parameter "Region" must be a region id like "ap-guangzhou", not ${quote(region)}.`,
    )
  }
  if (options.isKnownRegion && !options.isKnownRegion(region))
    refuse('InvalidRegion.NotFound', `The parameter "Region" names an unknown region ${quote(region)}.`)
  return region
}

/** Digits only, no sign and no spaces: Tencent refuses what it cannot read as an integer. */
export function parseCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  if (/^-[0-9]+$/.test(raw)) refuse('InvalidParameterValue', `The parameter "${name}" must not be negative.`)
  if (!/^[0-9]+$/.test(raw))
    refuse('InvalidParameter', `The parameter "${name}" must be an integer, not ${quote(raw)}.`)
  const value = Number(raw)
  if (!Number.isSafeInteger(value)) refuse('InvalidParameterValue', `The parameter "${name}" is too large.`)
  return value
}

export function parseLimit(raw: string | undefined): number {
  const limit = parseCount('Limit', raw, DEFAULT_LIMIT)
  if (limit < 1 || limit > MAX_LIMIT) {
    refuse(
      'InvalidParameterValue.InvalidParameterValueLimit',
      `The parameter "Limit" must be between 1 and ${MAX_LIMIT}, not ${limit}.`,
    )
  }
  return limit
}

export function ordered<T>(entries: Map<string, T>): T[] {
  return [...entries.keys()].sort(byIndex).map((index) => entries.get(index) as T)
}

/** The one image-ID shape check (describe-images.ts isImageId); `where` names the parameter. */
export function checkImageId(id: string, where: string): void {
  if (!isImageId(id)) {
    refuse('InvalidImageId.Malformed', `${where} ${quote(id)} is not an image id like "img-xxxxxxxx".`)
  }
}

function parseImageIds(raw: Map<string, string>): string[] {
  if (raw.size > MAX_IMAGE_IDS) tooMany('"ImageIds"', MAX_IMAGE_IDS, raw.size, 'ids')
  const ids = ordered(raw)
  for (const id of ids) checkImageId(id, 'The value of "ImageIds"')
  return [...new Set(ids)]
}

function parseFilter<N extends string>(index: string, raw: RawFilter, isName: (name: string) => name is N) {
  const name = raw.name ?? missing(`Filters.${index}.Name`)
  if (raw.values.size === 0) missing(`Filters.${index}.Values.0`)
  if (!isName(name)) {
    return refuse('InvalidFilter', `The filter name ${quote(name)} in "${raw.nameKey}" is not supported.`)
  }
  if (raw.values.size > MAX_FILTER_VALUES) {
    tooMany(`The filter "Filters.${index}"`, MAX_FILTER_VALUES, raw.values.size, 'values')
  }
  const values = [...new Set(ordered(raw.values))]
  for (const value of values) checkFilterValue(name, value)
  return { name, values }
}

/** Filters whose values are a closed set; a value outside it is refused rather than matching nothing. */
const ENUMERATED: Readonly<Record<string, readonly string[]>> = {
  'image-type': IMAGE_TYPES,
  'cdc-cache-status': CDC_CACHE_STATUSES,
}

function checkFilterValue(name: string, value: string): void {
  const allowed = Object.hasOwn(ENUMERATED, name) ? ENUMERATED[name] : undefined
  if (allowed && !allowed.includes(value)) {
    refuse(
      'InvalidParameterValue',
      `The ${quote(name)} filter value ${quote(value)} must be one of ${allowed.join(', ')}.`,
    )
  }
  if (name === 'image-id') checkImageId(value, 'The "image-id" filter value')
}

export function parseFilters<N extends string>(
  raw: Map<string, RawFilter>,
  isName: (name: string) => name is N,
) {
  if (raw.size > MAX_FILTERS) tooMany('"Filters"', MAX_FILTERS, raw.size, 'filters')
  return [...raw.keys()].sort(byIndex).map((index) => parseFilter(index, raw.get(index) as RawFilter, isName))
}

/** Applies every rule, in the order Tencent refuses things; throws a Refusal (use `settle`). */
export function validateRaw<N extends string>(raw: RawRequest, options: RuleOptions<N>): ValidRequest<N> {
  const { scalars, imageIds, filters } = raw
  checkActionAndVersion(scalars, options)
  const region = parseRegion(scalars.get('Region'), options)
  const offset = parseCount('Offset', scalars.get('Offset'), 0)
  const limit = parseLimit(scalars.get('Limit'))
  if (imageIds.size > 0 && filters.size > 0) {
    refuse(
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
      'The parameters "ImageIds" and "Filters" cannot be given together.',
    )
  }
  return {
    region,
    imageIds: parseImageIds(imageIds),
    filters: parseFilters(filters, options.isFilterName),
    offset,
    limit,
  }
}

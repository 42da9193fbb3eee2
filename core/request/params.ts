/**
 * The legacy request model: raw query or form parameters become a validated DescribeImagesRequest, or the
 * Tencent error code the real endpoint would answer. Shared by the proxy (before any upstream call) and the
 * emulator, so both refuse exactly the same things.
 */
import { type DescribeImagesRequest, FILTER_NAMES, type FilterName } from '../describe-images.js'
import { quote, type RequestError, refuse, settle } from './refusal.js'
import { type RawFilter, type RawRequest, type RuleOptions, validateRaw } from './rules.js'

export type ParamList = ReadonlyArray<readonly [string, string]>

export interface ParseOptions {
  /** Used when Region is absent; without it a missing Region is MissingParameter. */
  defaultRegion?: string
  /** true (emulator): Action and Version are required; false (proxy): they may be omitted, but are checked. */
  requireActionAndVersion: boolean
  /** The regions that exist; without it any well-formed region id passes (rules.ts). */
  isKnownRegion?: (id: string) => boolean
  /** Names the caller handles itself (the emulator's common parameters); any other unknown name is refused. */
  extraParameters?: ReadonlySet<string>
}

export type ParseResult = { ok: true; request: DescribeImagesRequest } | { ok: false; error: RequestError }

// Indices: decimal, no leading zeros. Kept as strings so any length groups and orders exactly.
export const INDEX = '(0|[1-9][0-9]*)'
const IMAGE_ID_KEY = new RegExp(`^ImageIds\\.${INDEX}$`)
const FILTER_NAME_KEY = new RegExp(`^Filters\\.${INDEX}\\.Name$`)
const FILTER_VALUE_KEY = new RegExp(`^Filters\\.${INDEX}\\.Values\\.${INDEX}$`)
const SCALAR_KEYS = new Set(['Action', 'Version', 'Region', 'Offset', 'Limit'])

function filterAt(filters: Map<string, RawFilter>, index: string): RawFilter {
  let filter = filters.get(index)
  if (!filter) {
    filter = { values: new Map() }
    filters.set(index, filter)
  }
  return filter
}

/**
 * Sorts flat `ImageIds.N` / `Filters.N.Name` / `Filters.N.Values.M` keys into a RawRequest; throws a Refusal.
 * `idKey` matches another action's id list instead (DescribeInstances' `InstanceIds.N`), read into `imageIds`.
 */
export function groupParams(
  params: ParamList,
  extra: ReadonlySet<string> = new Set(),
  idKey: RegExp = IMAGE_ID_KEY,
): RawRequest {
  const grouped: RawRequest = { scalars: new Map(), imageIds: new Map(), filters: new Map() }
  const seen = new Set<string>()
  for (const [key, value] of params) {
    if (seen.has(key)) refuse('InvalidParameter', `The parameter ${quote(key)} is given more than once.`)
    seen.add(key)
    if (extra.has(key)) continue
    if (value === '') refuse('InvalidParameterValue', `The parameter ${quote(key)} must not be empty.`)
    const imageId = idKey.exec(key)
    const filterName = FILTER_NAME_KEY.exec(key)
    const filterValue = FILTER_VALUE_KEY.exec(key)
    if (SCALAR_KEYS.has(key)) grouped.scalars.set(key, value)
    else if (imageId?.[1]) grouped.imageIds.set(imageId[1], value)
    else if (filterName?.[1])
      Object.assign(filterAt(grouped.filters, filterName[1]), { nameKey: key, name: value })
    else if (filterValue?.[1] && filterValue[2])
      filterAt(grouped.filters, filterValue[1]).values.set(filterValue[2], value)
    else refuse('UnknownParameter', `The parameter ${quote(key)} is not recognized.`)
  }
  return grouped
}

const isFilterName = (name: string): name is FilterName => (FILTER_NAMES as readonly string[]).includes(name)

export function parseDescribeImagesParams(params: ParamList, options: ParseOptions): ParseResult {
  const rules: RuleOptions<FilterName> = {
    ...options,
    isFilterName,
    unknownActionCode: 'InvalidAction.NotFound',
  }
  return settle(() => validateRaw(groupParams(params, options.extraParameters), rules))
}

/**
 * The DescribeImages request model: raw query or form parameters become a validated DescribeImagesRequest, or
 * the Tencent error code the real endpoint would answer. Shared by the proxy (before any upstream call) and
 * the emulator, so both refuse exactly the same things.
 */
import {
  ACTION,
  API_VERSION,
  DEFAULT_LIMIT,
  type DescribeImagesRequest,
  FILTER_NAMES,
  type Filter,
  type FilterName,
  IMAGE_TYPES,
  MAX_FILTER_VALUES,
  MAX_FILTERS,
  MAX_IMAGE_IDS,
  MAX_LIMIT,
} from '../core/describe-images.js'
import { isRegionId } from '../core/regions.js'

export type ParamList = ReadonlyArray<readonly [string, string]>

export interface ParseOptions {
  /** Used when Region is absent; without it a missing Region is MissingParameter. */
  defaultRegion?: string
  /** true (emulator): Action and Version are required; false (proxy): they may be omitted, but are checked. */
  requireActionAndVersion: boolean
  /** Names the caller handles itself (the emulator's common parameters); any other unknown name is refused. */
  extraParameters?: ReadonlySet<string>
}

export interface RequestError {
  code: string
  message: string
}

export type ParseResult = { ok: true; request: DescribeImagesRequest } | { ok: false; error: RequestError }

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const refuse = (code: string, message: string): never => {
  throw new Refusal(code, message)
}

const missing = (name: string): never =>
  refuse('MissingParameter', `The request is missing the parameter ${quote(name)}.`)

const tooMany = (what: string, max: number, count: number, unit: string): never =>
  refuse('InvalidParameterValue.LimitExceeded', `${what} may hold at most ${max} ${unit}, not ${count}.`)

/** Echoes caller input in messages, cut short so a huge value cannot blow up a response or a log line. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

// Indices: decimal, no leading zeros. Kept as strings so any length groups and orders exactly.
const INDEX = '(0|[1-9][0-9]*)'
const IMAGE_ID_KEY = new RegExp(`^ImageIds\\.${INDEX}$`)
const FILTER_NAME_KEY = new RegExp(`^Filters\\.${INDEX}\\.Name$`)
const FILTER_VALUE_KEY = new RegExp(`^Filters\\.${INDEX}\\.Values\\.${INDEX}$`)
const SCALAR_KEYS = new Set(['Action', 'Version', 'Region', 'Offset', 'Limit'])
const IMAGE_ID = /^img-[a-z0-9]{8}$/

const byIndex = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)

interface RawFilter {
  nameKey?: string
  name?: string
  values: Map<string, string>
}

interface Grouped {
  scalars: Map<string, string>
  imageIds: Map<string, string>
  filters: Map<string, RawFilter>
}

function filterAt(filters: Map<string, RawFilter>, index: string): RawFilter {
  let filter = filters.get(index)
  if (!filter) {
    filter = { values: new Map() }
    filters.set(index, filter)
  }
  return filter
}

function group(params: ParamList, extra: ReadonlySet<string>): Grouped {
  const grouped: Grouped = { scalars: new Map(), imageIds: new Map(), filters: new Map() }
  const seen = new Set<string>()
  for (const [key, value] of params) {
    if (seen.has(key)) refuse('InvalidParameter', `The parameter ${quote(key)} is given more than once.`)
    seen.add(key)
    if (extra.has(key)) continue
    if (value === '') refuse('InvalidParameterValue', `The parameter ${quote(key)} must not be empty.`)
    const imageId = IMAGE_ID_KEY.exec(key)
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

function checkActionAndVersion(scalars: Map<string, string>, required: boolean): void {
  const action = scalars.get('Action')
  const version = scalars.get('Version')
  if (required && action === undefined) missing('Action')
  if (action !== undefined && action !== ACTION)
    refuse('InvalidAction', `The action ${quote(action)} is not found.`)
  if (required && version === undefined) missing('Version')
  if (version !== undefined && version !== API_VERSION) {
    refuse('NoSuchVersion', `The API version ${quote(version)} does not exist; use "${API_VERSION}".`)
  }
}

function parseRegion(given: string | undefined, defaultRegion: string | undefined): string {
  const region = given ?? defaultRegion
  if (region === undefined) return missing('Region')
  if (!isRegionId(region))
    refuse('InvalidRegion.NotFound', `The parameter "Region" names an unknown region ${quote(region)}.`)
  return region
}

/** Digits only, no sign and no spaces: Tencent refuses what it cannot read as an integer. */
function parseCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  if (/^-[0-9]+$/.test(raw)) refuse('InvalidParameterValue', `The parameter "${name}" must not be negative.`)
  if (!/^[0-9]+$/.test(raw))
    refuse('InvalidParameter', `The parameter "${name}" must be an integer, not ${quote(raw)}.`)
  const value = Number(raw)
  if (!Number.isSafeInteger(value)) refuse('InvalidParameterValue', `The parameter "${name}" is too large.`)
  return value
}

function parseLimit(raw: string | undefined): number {
  const limit = parseCount('Limit', raw, DEFAULT_LIMIT)
  if (limit < 1 || limit > MAX_LIMIT) {
    refuse(
      'InvalidParameterValue.InvalidParameterValueLimit',
      `The parameter "Limit" must be between 1 and ${MAX_LIMIT}, not ${limit}.`,
    )
  }
  return limit
}

function ordered<T>(entries: Map<string, T>): T[] {
  return [...entries.keys()].sort(byIndex).map((index) => entries.get(index) as T)
}

function checkImageId(id: string, where: string): void {
  if (!IMAGE_ID.test(id)) {
    refuse('InvalidImageId.Malformed', `${where} ${quote(id)} is not an image id like "img-xxxxxxxx".`)
  }
}

function parseImageIds(raw: Map<string, string>): string[] {
  if (raw.size > MAX_IMAGE_IDS) tooMany('"ImageIds"', MAX_IMAGE_IDS, raw.size, 'ids')
  const ids = ordered(raw)
  for (const id of ids) checkImageId(id, 'The value of "ImageIds"')
  return [...new Set(ids)]
}

function parseFilter(index: string, raw: RawFilter): Filter {
  const name = raw.name ?? missing(`Filters.${index}.Name`)
  if (raw.values.size === 0) missing(`Filters.${index}.Values.0`)
  if (!(FILTER_NAMES as readonly string[]).includes(name)) {
    refuse('InvalidFilter', `The filter name ${quote(name)} in "${raw.nameKey}" is not supported.`)
  }
  if (raw.values.size > MAX_FILTER_VALUES) {
    tooMany(`The filter "Filters.${index}"`, MAX_FILTER_VALUES, raw.values.size, 'values')
  }
  const values = [...new Set(ordered(raw.values))]
  for (const value of values) {
    if (name === 'image-type' && !(IMAGE_TYPES as readonly string[]).includes(value)) {
      refuse(
        'InvalidParameterValue',
        `The "image-type" filter value ${quote(value)} must be one of ${IMAGE_TYPES.join(', ')}.`,
      )
    }
    if (name === 'image-id') checkImageId(value, 'The "image-id" filter value')
  }
  return { name: name as FilterName, values }
}

function parseFilters(raw: Map<string, RawFilter>): Filter[] {
  if (raw.size > MAX_FILTERS) tooMany('"Filters"', MAX_FILTERS, raw.size, 'filters')
  return [...raw.keys()].sort(byIndex).map((index) => parseFilter(index, raw.get(index) as RawFilter))
}

function parseOrThrow(params: ParamList, options: ParseOptions): DescribeImagesRequest {
  const { scalars, imageIds, filters } = group(params, options.extraParameters ?? new Set())
  checkActionAndVersion(scalars, options.requireActionAndVersion)
  const region = parseRegion(scalars.get('Region'), options.defaultRegion)
  const offset = parseCount('Offset', scalars.get('Offset'), 0)
  const limit = parseLimit(scalars.get('Limit'))
  if (imageIds.size > 0 && filters.size > 0) {
    refuse(
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
      'The parameters "ImageIds" and "Filters" cannot be given together.',
    )
  }
  return { region, imageIds: parseImageIds(imageIds), filters: parseFilters(filters), offset, limit }
}

export function parseDescribeImagesParams(params: ParamList, options: ParseOptions): ParseResult {
  try {
    return { ok: true, request: parseOrThrow(params, options) }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: { code: error.code, message: error.message } }
    throw error
  }
}

/** A cache key that equivalent queries share: parameter order, index numbering and value order do not matter. */
export function normalizeRequestKey(request: DescribeImagesRequest): string {
  const filters = request.filters
    .map((filter) => JSON.stringify([filter.name, [...new Set(filter.values)].sort()]))
    .sort()
  const imageIds = [...new Set(request.imageIds)].sort()
  return JSON.stringify([request.region, imageIds, filters, request.offset, request.limit])
}

/**
 * DescribeInstances' request rules, for a query string or form (the proxy, the legacy emulator) and a 3.0 JSON
 * body (the 3.0 emulator): grouped the way DescribeImages' are (params.ts, v3-body.ts), then checked with the
 * same rules for Region, Offset, Limit and filter counts, and the instance ones for names and ids.
 */
import {
  DESCRIBE_INSTANCES,
  type DescribeInstancesRequest,
  type InstanceFilterName,
  isInstanceFilterName,
  isLegacyInstanceFilterName,
  MAX_INSTANCE_IDS,
} from '../describe-instances.js'
import type { ApiFamily } from '../errors.js'
import { groupParams, INDEX, type ParamList, type ParseOptions } from './params.js'
import { quote, type RequestError, refuse, settle } from './refusal.js'
import {
  checkActionAndVersion,
  ordered,
  parseCount,
  parseFilters,
  parseLimit,
  parseRegion,
  type RawRequest,
  tooMany,
  unknownActionCodeOf,
} from './rules.js'
import { checkKeys, count, readFilter, readJson, strings, type V3Call } from './v3-body.js'

export type ParseInstancesResult =
  | { ok: true; request: DescribeInstancesRequest }
  | { ok: false; error: RequestError }

export interface InstancesOptions extends ParseOptions {
  /** Which filter list applies: the legacy endpoint's is shorter. */
  family: ApiFamily
}

const INSTANCE_IDS_KEY = new RegExp(`^InstanceIds\\.${INDEX}$`)
const INSTANCE_ID = /^ins-[a-z0-9]{8}$/
const BODY_KEYS = new Set(['InstanceIds', 'Filters', 'Offset', 'Limit'])

function parseInstanceIds(raw: Map<string, string>): string[] {
  if (raw.size > MAX_INSTANCE_IDS) tooMany('"InstanceIds"', MAX_INSTANCE_IDS, raw.size, 'ids')
  const ids = ordered(raw)
  for (const id of ids) {
    if (!INSTANCE_ID.test(id))
      refuse('InvalidInstanceId.Malformed', `The instance id ${quote(id)} is not like "ins-xxxxxxxx".`)
  }
  return [...new Set(ids)]
}

/** Every rule, in the order Tencent refuses things (rules.ts validateRaw); throws a Refusal. */
function validateInstances(raw: RawRequest, options: InstancesOptions): DescribeInstancesRequest {
  const { scalars, imageIds: instanceIds, filters } = raw
  checkActionAndVersion(scalars, {
    requireActionAndVersion: options.requireActionAndVersion,
    unknownActionCode: unknownActionCodeOf(options.family),
    action: DESCRIBE_INSTANCES,
  })
  const region = parseRegion(scalars.get('Region'), options)
  const offset = parseCount('Offset', scalars.get('Offset'), 0)
  const limit = parseLimit(scalars.get('Limit'))
  if (instanceIds.size > 0 && filters.size > 0) {
    refuse('InvalidParameter', 'The parameters "InstanceIds" and "Filters" cannot be given together.')
  }
  const isName = options.family === 'legacy' ? isLegacyInstanceFilterName : isInstanceFilterName
  return {
    region,
    instanceIds: parseInstanceIds(instanceIds),
    filters: parseFilters<InstanceFilterName>(filters, isName),
    offset,
    limit,
  }
}

export function parseDescribeInstancesParams(
  params: ParamList,
  options: InstancesOptions,
): ParseInstancesResult {
  return settle(() =>
    validateInstances(groupParams(params, options.extraParameters, INSTANCE_IDS_KEY), options),
  )
}

export function parseDescribeInstancesBody(
  call: V3Call,
  options: Omit<InstancesOptions, 'family'>,
): ParseInstancesResult {
  return settle(() => {
    const body = readJson(call.body)
    checkKeys(body, BODY_KEYS, '')
    const scalars = new Map<string, string>()
    const given = {
      Action: call.action,
      Version: call.version,
      Region: call.region,
      Offset: count(body.Offset, 'Offset'),
      Limit: count(body.Limit, 'Limit'),
    }
    for (const [name, value] of Object.entries(given)) if (value !== undefined) scalars.set(name, value)
    const filters = body.Filters ?? []
    if (!Array.isArray(filters))
      return refuse('InvalidParameter', 'The parameter "Filters" must be an array.')
    const raw: RawRequest = {
      scalars,
      imageIds: body.InstanceIds == null ? new Map() : strings(body.InstanceIds, 'InstanceIds'),
      filters: new Map(filters.map((filter, index) => [String(index), readFilter(filter, index)])),
    }
    return validateInstances(raw, { ...options, family: 'v3' })
  })
}

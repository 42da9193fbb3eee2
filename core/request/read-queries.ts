/**
 * The browser's query for each action of the generic route (read-actions.ts), validated by that action's own
 * rules and written out as the upstream call in both forms: the legacy parameters and the 3.0 body. Pure; the
 * proxy validates here before any upstream call.
 */
import { formatDescribeInstancesBody, formatDescribeInstancesParams } from '../describe-instances.js'
import type { ApiFamily } from '../errors.js'
import { parseImageQuotaParams } from '../image-quota.js'
import {
  formatImageSharePermissionParams,
  parseImageSharePermissionParams,
} from '../image-share-permission.js'
import type { GenericActionName } from '../read-actions.js'
import { parseDescribeInstancesParams } from './instances.js'
import type { ParamList } from './params.js'
import type { RequestError } from './refusal.js'

/** What a success must carry: a list, or a number (ImageNumQuota). */
export interface AnswerField {
  key: string
  kind: 'list' | 'number'
}

export interface ActionCall {
  action: GenericActionName
  region: string
  /** The business parameters, Region included, for the legacy endpoint. */
  params: [string, string][]
  /** The 3.0 JSON body. */
  body: Record<string, unknown>
  /** Equivalent queries share it: order and numbering do not matter. */
  key: string
  field: AnswerField
}

export interface QueryOptions {
  defaultRegion: string
  family: ApiFamily
}

export type ActionCallResult = { ok: true; call: ActionCall } | { ok: false; error: RequestError }

type Parser = (params: ParamList, options: QueryOptions) => ActionCallResult

const proxyOptions = (options: QueryOptions) => ({
  defaultRegion: options.defaultRegion,
  requireActionAndVersion: false,
})

const PARSERS: Record<GenericActionName, Parser> = {
  DescribeInstances(params, options) {
    const parsed = parseDescribeInstancesParams(params, { ...proxyOptions(options), family: options.family })
    if (!parsed.ok) return parsed
    const { request } = parsed
    const filters = request.filters
      .map((filter) => JSON.stringify([filter.name, [...filter.values].sort()]))
      .sort()
    const key = [request.region, [...request.instanceIds].sort(), filters, request.offset, request.limit]
    return {
      ok: true,
      call: {
        action: 'DescribeInstances',
        region: request.region,
        params: formatDescribeInstancesParams(request),
        body: formatDescribeInstancesBody(request),
        key: JSON.stringify(key),
        field: { key: 'InstanceSet', kind: 'list' },
      },
    }
  },
  DescribeImageSharePermission(params, options) {
    const parsed = parseImageSharePermissionParams(params, {
      ...proxyOptions(options),
      family: options.family,
    })
    if (!parsed.ok) return parsed
    const { region, imageId } = parsed.request
    return {
      ok: true,
      call: {
        action: 'DescribeImageSharePermission',
        region,
        params: formatImageSharePermissionParams(parsed.request),
        body: { ImageId: imageId },
        key: JSON.stringify([region, imageId]),
        field: { key: 'SharePermissionSet', kind: 'list' },
      },
    }
  },
  DescribeImageQuota(params, options) {
    const parsed = parseImageQuotaParams(params, proxyOptions(options))
    if (!parsed.ok) return parsed
    const { region } = parsed.request
    return {
      ok: true,
      call: {
        action: 'DescribeImageQuota',
        region,
        params: [['Region', region]],
        body: {},
        key: JSON.stringify([region]),
        field: { key: 'ImageNumQuota', kind: 'number' },
      },
    }
  },
}

export function parseActionQuery(
  action: GenericActionName,
  params: ParamList,
  options: QueryOptions,
): ActionCallResult {
  return PARSERS[action](params, options)
}

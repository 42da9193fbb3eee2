/**
 * The DescribeInstances wire model (Version 2017-03-12; https://cloud.tencent.com/document/api/213/15728, the
 * legacy form 213/9388): the filters, limits, the Instance shape and how a request is written in both forms.
 * There is no `image-id` filter: "instances using image X" means paging the region's instances.
 */
import { indexedParams } from './describe-images.js'
import { TAG_FILTER_PREFIX } from './describe-images-v3.js'

export const DESCRIBE_INSTANCES = 'DescribeInstances'
export const MAX_INSTANCE_IDS = 100

/** Every filter the 3.0 page documents, `tag:<key>` aside. */
export const INSTANCE_FILTER_NAMES = [
  'zone',
  'project-id',
  'host-id',
  'dedicated-cluster-id',
  'vpc-id',
  'subnet-id',
  'instance-id',
  'uuid',
  'security-group-id',
  'instance-name',
  'instance-charge-type',
  'instance-state',
  'private-ip-address',
  'public-ip-address',
  'ipv6-address',
  'tag-key',
  'tag-value',
  'creation-start-time',
  'creation-end-time',
] as const

/** The legacy endpoint's (cvm.api.qcloud.com) shorter list. */
export const LEGACY_INSTANCE_FILTER_NAMES = [
  'zone',
  'project-id',
  'host-id',
  'instance-id',
  'instance-name',
  'instance-charge-type',
  'private-ip-address',
  'public-ip-address',
] as const

export type InstanceFilterName = (typeof INSTANCE_FILTER_NAMES)[number] | `tag:${string}`

export function isInstanceFilterName(name: string): name is InstanceFilterName {
  if (name.startsWith(TAG_FILTER_PREFIX)) return name.length > TAG_FILTER_PREFIX.length
  return (INSTANCE_FILTER_NAMES as readonly string[]).includes(name)
}

export function isLegacyInstanceFilterName(name: string): name is InstanceFilterName {
  return (LEGACY_INSTANCE_FILTER_NAMES as readonly string[]).includes(name)
}

export const INSTANCE_STATES = [
  'PENDING',
  'LAUNCH_FAILED',
  'RUNNING',
  'STOPPED',
  'STARTING',
  'STOPPING',
  'REBOOTING',
  'SHUTDOWN',
  'TERMINATING',
] as const

/** A validated call: at most one of instanceIds and filters is non-empty. */
export interface DescribeInstancesRequest {
  region: string
  instanceIds: string[]
  filters: { name: InstanceFilterName; values: string[] }[]
  offset: number
  limit: number
}

/** The fields of an Instance that image reviews read; Tencent sends many more. */
export interface Instance {
  /** `ins-xxxxxxxx` */
  InstanceId: string
  InstanceName: string
  /** One of INSTANCE_STATES so far. */
  InstanceState: string
  InstanceType: string
  ImageId: string
  Placement: { Zone: string; ProjectId: number }
  PrivateIpAddresses: string[]
  PublicIpAddresses: string[] | null
  /** `YYYY-MM-DDThh:mm:ssZ` */
  CreatedTime: string
  /** Null for pay-as-you-go instances. */
  ExpiredTime: string | null
  OsName: string
  /** `PREPAID`, `POSTPAID_BY_HOUR`, `SPOTPAID`, … */
  InstanceChargeType: string
  Tags: { Key: string; Value: string }[]
  Uuid: string
}

export interface DescribeInstancesResponse {
  Response: { TotalCount: number; InstanceSet: Instance[]; RequestId: string }
}

/** The business parameters, 0-based, Region first, as the legacy endpoint takes them. */
export function formatDescribeInstancesParams(request: DescribeInstancesRequest): [string, string][] {
  const params: [string, string][] = [['Region', request.region]]
  params.push(...indexedParams('InstanceIds', request.instanceIds, request.filters))
  params.push(['Offset', String(request.offset)], ['Limit', String(request.limit)])
  return params
}

/** The 3.0 JSON body; Region travels in X-TC-Region. */
export function formatDescribeInstancesBody(request: DescribeInstancesRequest): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  if (request.instanceIds.length > 0) body.InstanceIds = [...request.instanceIds]
  if (request.filters.length > 0) {
    body.Filters = request.filters.map((filter) => ({ Name: filter.name, Values: [...filter.values] }))
  }
  body.Offset = request.offset
  body.Limit = request.limit
  return body
}

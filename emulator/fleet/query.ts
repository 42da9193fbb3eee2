/**
 * DescribeInstances over a region's fleet: InstanceIds select by id; filters AND together, values within a
 * filter OR. Names match as a substring, everything else exactly; filters on things the demo fleet does not
 * have (hosts, VPCs, subnets, security groups, IPv6, dedicated clusters) match nothing.
 */

import { TAG_FILTER_PREFIX } from '../../core/describe-images-v3.js'
import type { DescribeInstancesRequest, Instance } from '../../core/describe-instances.js'

type Predicate = (instance: Instance) => boolean

const FIELDS: Readonly<Record<string, (instance: Instance) => readonly string[]>> = {
  zone: (instance) => [instance.Placement.Zone],
  'project-id': (instance) => [String(instance.Placement.ProjectId)],
  'instance-id': (instance) => [instance.InstanceId],
  uuid: (instance) => [instance.Uuid],
  'instance-charge-type': (instance) => [instance.InstanceChargeType],
  'instance-state': (instance) => [instance.InstanceState],
  'private-ip-address': (instance) => instance.PrivateIpAddresses,
  'public-ip-address': (instance) => instance.PublicIpAddresses ?? [],
  'tag-key': (instance) => instance.Tags.map((tag) => tag.Key),
  'tag-value': (instance) => instance.Tags.map((tag) => tag.Value),
}

function matchFilter(name: string, values: readonly string[]): Predicate {
  const wanted = new Set(values)
  if (name === 'instance-name')
    return (instance) => values.some((value) => instance.InstanceName.includes(value))
  if (name === 'creation-start-time')
    return (instance) => values.some((value) => instance.CreatedTime >= value)
  if (name === 'creation-end-time') return (instance) => values.some((value) => instance.CreatedTime <= value)
  if (name.startsWith(TAG_FILTER_PREFIX)) {
    const key = name.slice(TAG_FILTER_PREFIX.length)
    return (instance) => instance.Tags.some((tag) => tag.Key === key && wanted.has(tag.Value))
  }
  const field = FIELDS[name]
  if (!field) return () => false
  return (instance) => field(instance).some((value) => wanted.has(value))
}

export function queryFleet(
  fleet: readonly Instance[],
  request: DescribeInstancesRequest,
): { TotalCount: number; InstanceSet: Instance[] } {
  const predicates = request.filters.map((filter) => matchFilter(filter.name, filter.values))
  if (request.instanceIds.length > 0) {
    const ids = new Set(request.instanceIds)
    predicates.push((instance) => ids.has(instance.InstanceId))
  }
  const matches = predicates.length === 0 ? fleet : fleet.filter((i) => predicates.every((p) => p(i)))
  return {
    TotalCount: matches.length,
    InstanceSet: matches.slice(request.offset, request.offset + request.limit),
  }
}

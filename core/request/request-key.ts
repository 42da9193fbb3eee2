import type { DescribeImagesV3Request } from '../describe-images-v3.js'

/**
 * A cache key that equivalent queries share: parameter order, index numbering and value order do not matter.
 * Takes legacy and 3.0 requests alike; a legacy request's key is the same in both modes.
 */
export function normalizeRequestKey(request: DescribeImagesV3Request): string {
  const filters = request.filters
    .map((filter) => JSON.stringify([filter.name, [...new Set(filter.values)].sort()]))
    .sort()
  const imageIds = [...new Set(request.imageIds)].sort()
  const key = [request.region, imageIds, filters, request.offset, request.limit]
  if (request.instanceType !== undefined) key.push(request.instanceType)
  return JSON.stringify(key)
}

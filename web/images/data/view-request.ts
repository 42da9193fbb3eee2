import { MAX_LIMIT } from '../../../core/describe-images'
import type { DescribeImagesV3Request } from '../../../core/describe-images-v3'
import { chipFilters } from '../filters/filter-chips'
import type { ViewState } from '../view-state/url-state'

/**
 * Which DescribeImages call of a view: `page`, the page on screen; `all`, the first of the pages that load
 * the whole result (a sort, an ID lookup, an export), the others differing only in Offset; or one image by
 * its ID, for the drawer.
 */
export type RequestPart = 'page' | 'all' | { image: string }

export type RequestView = Pick<ViewState, 'region' | 'filters' | 'lookup' | 'page' | 'size'>

/**
 * The DescribeImages request of a view. The table, the first-page prefetch, the drawer and the export all
 * ask through this one function, so the same view gives the same request and the same query-cache key:
 * pages one of them loaded serve the others. Region is the URL's; without one it is left out ('') for the
 * proxy's default, never the resolved default, which would key the same answer a second time. An ID
 * lookup sends ImageIds and no Filters, since the API refuses both together.
 */
export function viewRequest(view: RequestView, part: RequestPart): DescribeImagesV3Request {
  const region = view.region ?? ''
  if (typeof part === 'object') return { region, imageIds: [part.image], filters: [], offset: 0, limit: 1 }
  const isLookup = view.lookup.length > 0
  const whole = part === 'all'
  // InstanceType is a parameter, not a filter, so it narrows an ID lookup too.
  const [instanceType] = view.filters.instanceType
  return {
    region,
    imageIds: isLookup ? [...view.lookup] : [],
    filters: isLookup ? [] : chipFilters(view.filters),
    offset: whole ? 0 : (view.page - 1) * view.size,
    limit: whole ? MAX_LIMIT : view.size,
    ...(instanceType === undefined ? {} : { instanceType }),
  }
}

/**
 * What the screen asks the API for, and so what its tccli command repeats: the page on screen, or (sorting or
 * looking up IDs) the first of the pages that load the whole result.
 */
export function screenRequest(view: RequestView & Pick<ViewState, 'sort'>): DescribeImagesV3Request {
  const whole = view.sort.length > 0 || view.lookup.length > 0
  return viewRequest(view, whole ? 'all' : 'page')
}

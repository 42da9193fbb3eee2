import type { QueryClient } from '@tanstack/react-query'
import { hasTagChips, toDescribeRequest } from './filter-chips'
import { describeImagesQuery, infoQuery } from './images-query'
import { parseViewState } from './url-state'

/**
 * Starts the requests of a plain page view (no sort, no ID lookup, no tag chips) before React renders, so the
 * network overlaps the first render. The request is the one useImageRows makes for that view, so the query
 * it starts is the one the table then reads.
 */
export function prefetchFirstPage(client: QueryClient, search: string): void {
  void client.prefetchQuery(infoQuery)
  const view = parseViewState(search)
  if (view.sort.length > 0 || view.lookup.length > 0 || hasTagChips(view.filters)) return
  const offset = (view.page - 1) * view.size
  void client.prefetchQuery(
    describeImagesQuery(toDescribeRequest(view.region ?? '', view.filters, [], offset, view.size)),
  )
}

import type { QueryClient } from '@tanstack/react-query'
import { hasV3OnlyChips } from '../filters/api-chips'
import { parseViewState } from '../view-state/url-state'
import { describeImagesQuery, infoQuery } from './images-query'
import { viewRequest } from './view-request'

/**
 * Starts the requests of a plain page view (no sort, no ID lookup, no tag chips) before React renders, so the
 * network overlaps the first render. The request comes from viewRequest, as the table's does, so the query
 * it starts is the one the table then reads.
 */
export function prefetchFirstPage(client: QueryClient, search: string): void {
  void client.prefetchQuery(infoQuery)
  const view = parseViewState(search)
  if (view.sort.length > 0 || view.lookup.length > 0 || hasV3OnlyChips(view.filters)) return
  void client.prefetchQuery(describeImagesQuery(viewRequest(view, 'page')))
}

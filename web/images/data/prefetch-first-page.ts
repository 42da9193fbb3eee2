import type { QueryClient } from '@tanstack/react-query'
import { firstPageRequest } from './first-screen'
import { describeImagesQuery, infoQuery } from './images-query'

/** Starts the requests of a plain page view before React renders, so the network overlaps the first render. */
export function prefetchFirstPage(client: QueryClient, search: string): void {
  void client.prefetchQuery(infoQuery)
  const request = firstPageRequest(search)
  if (request) void client.prefetchQuery(describeImagesQuery(request))
}

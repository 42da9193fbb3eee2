import type { QueryClient } from '@tanstack/react-query'
import type { DescribeImagesV3Request } from '../../../core/describe-images-v3'
import type { Language } from '../../lib/i18n'
import { hasV3OnlyChips } from '../filters/api-chips'
import { parseViewState } from '../view-state/url-state'
import { normalizeDescribeImages } from './image-model'
import { describeImagesQuery, infoQuery, parseInfo } from './images-query'
import { viewRequest } from './view-request'

/**
 * What a server-rendered page carries for the browser (in a JSON data block, see web/main.tsx): the answers
 * it was rendered from, so that hydration starts from the same query cache and asks for nothing again.
 */
export interface FirstScreenData {
  /** The server's clock when it rendered: ages on screen are counted from it until the page is hydrated. */
  now: number
  language: Language
  /** /api/info's answer. */
  info: unknown
  /** The page's DescribeImages request and the proxy's answer to it, as JSON. */
  page: { request: DescribeImagesV3Request; body: unknown } | null
}

/**
 * The DescribeImages request of a plain page view, started before (or, on the server, instead of) the first
 * render; null for an ID lookup or tag chips, whose rows come from another call or wait for /api/info. A sort
 * across pages starts from this page too: it is what the screen shows (sorted alone) until every page is in. The request comes from viewRequest, as the table's does, so its query is the one the table reads.
 */
export function firstPageRequest(search: string): DescribeImagesV3Request | null {
  const view = parseViewState(search)
  if (view.lookup.length > 0 || hasV3OnlyChips(view.filters)) return null
  return viewRequest(view, 'page')
}

/** Puts a rendered page's answers in the query cache, as fetched at the server's `now`. */
export function seedFirstScreen(client: QueryClient, data: FirstScreenData): void {
  client.setQueryData(infoQuery.queryKey, parseInfo(data.info), { updatedAt: data.now })
  if (!data.page) return
  const images = normalizeDescribeImages(data.page.body)
  client.setQueryData(describeImagesQuery(data.page.request).queryKey, images, { updatedAt: data.now })
}

import { type QueryClient, queryOptions } from '@tanstack/react-query'
import { formatDescribeImagesParams } from '../../../core/describe-images'
import type { DescribeImagesV3Request } from '../../../core/describe-images-v3'
import { ANSWER_FRESH_MS } from '../../../core/freshness'
import { DEFAULT_REGION } from '../../../core/regions'
import { getJson } from '../../lib/api-client'
import { takeFresh } from '../../lib/fresh-queries'
import { normalizeDescribeImages } from './image-model'
import { type LoadAllOptions, loadAllImages } from './load-all-images'

export async function fetchImages(request: DescribeImagesV3Request, signal?: AbortSignal) {
  const params = formatDescribeImagesParams(request)
  const fresh = takeFresh(imagesKey(params))
  const body = await getJson('/api/DescribeImages', params, signal, { fresh })
  return normalizeDescribeImages(body)
}

const imagesKey = (params: [string, string][]) => ['DescribeImages', params] as const

/** One DescribeImages call, keyed by its normalized parameters. */
export function describeImagesQuery(request: DescribeImagesV3Request) {
  return queryOptions({
    queryKey: imagesKey(formatDescribeImagesParams(request)),
    queryFn: ({ signal }) => fetchImages(request, signal),
    // The proxy answers the same call from its cache this long: no point refetching sooner.
    staleTime: ANSWER_FRESH_MS,
  })
}

/** Which Tencent API the proxy calls: the legacy endpoint or API 3.0 (which alone has tag filters). */
export type Api = 'legacy' | 'v3'

/**
 * Every page of a request's result (its offset and limit are ignored), each page through the query cache:
 * pages another part of the screen loaded for the same view are not fetched again.
 */
export function loadAllCached(
  client: QueryClient,
  request: DescribeImagesV3Request,
  options: Omit<LoadAllOptions, 'fetchPage'> = {},
) {
  return loadAllImages({
    ...options,
    fetchPage: (offset, limit) => client.fetchQuery(describeImagesQuery({ ...request, offset, limit })),
  })
}

export interface ProxyInfo {
  mode: 'demo' | 'live'
  /** Which Tencent API the proxy calls; tag filters exist only in 3.0. */
  api: Api
  defaultRegion: string
  version: string
  /** Who is signed in, when the proxy knows (AUTH=oidc, header or basic). */
  user: string | null
  /** Whether the app can sign them out (AUTH=oidc). */
  signOut: boolean
}

export function parseInfo(body: unknown): ProxyInfo {
  const info = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  return {
    mode: info.mode === 'demo' ? 'demo' : 'live',
    api: info.api === 'v3' ? 'v3' : 'legacy',
    defaultRegion: typeof info.defaultRegion === 'string' ? info.defaultRegion : DEFAULT_REGION,
    version: typeof info.version === 'string' ? info.version : '',
    user: typeof info.user === 'string' && info.user !== '' ? info.user : null,
    signOut: info.signOut === true,
  }
}

export const infoQuery = queryOptions({
  queryKey: ['info'],
  queryFn: async ({ signal }) => parseInfo(await getJson('/api/info', [], signal)),
  staleTime: Number.POSITIVE_INFINITY,
})

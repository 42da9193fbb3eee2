import { useQuery } from '@tanstack/react-query'
import { DEFAULT_REGION } from '../../../core/regions'
import { infoQuery } from './images-query'

/** The region to query: the URL's, else the proxy's default; null while that default is still unknown. */
export function useRegion(fromUrl: string | null): string | null {
  const info = useQuery(infoQuery)
  if (fromUrl) return fromUrl
  if (info.data) return info.data.defaultRegion
  return info.isError ? DEFAULT_REGION : null
}

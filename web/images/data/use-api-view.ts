import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { filtersForApi, hasV3OnlyChips } from '../filters/api-chips'
import type { ViewState } from '../view-state/url-state'
import { type Api, infoQuery } from './images-query'

/** The Tencent API the proxy calls (from /api/info); null while that is unknown. */
export function useApi(): Api | null {
  const info = useQuery(infoQuery)
  if (info.data) return info.data.api
  return info.isError ? 'legacy' : null
}

/**
 * The view as the proxy's API can answer it. Tag, CDC and instance type chips exist only in API 3.0: in legacy
 * mode a link's parameters for them are ignored (never sent, so never an error), and while the mode is still
 * unknown a view with such chips is not ready to ask for.
 */
export function useApiView(urlView: ViewState): { view: ViewState; ready: boolean } {
  const api = useApi()
  const view = useMemo(
    () => (api === 'legacy' ? { ...urlView, filters: filtersForApi(urlView.filters, api) } : urlView),
    [urlView, api],
  )
  return { view, ready: api !== null || !hasV3OnlyChips(urlView.filters) }
}

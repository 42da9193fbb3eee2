import { formatCreatedFilter, parseCreatedFilter } from './created-range'
import { cleanLocalValues, type LocalFilters } from './local-filters'

/** The query parameters of the browser-side filters: `created=a..b` or `created=30d`, `status=` and `arch=` repeated. */
export const LOCAL_FILTER_PARAMS = ['created', 'status', 'arch']

export function parseLocalFilterParams(params: URLSearchParams): LocalFilters {
  const created = params
    .getAll('created')
    .map(parseCreatedFilter)
    .find((range) => range !== null)
  const split = (name: string) => params.getAll(name).flatMap((value) => value.split(','))
  return {
    created: created ?? null,
    status: cleanLocalValues('status', split('status')),
    arch: cleanLocalValues('arch', split('arch')),
  }
}

export function appendLocalFilterParams(params: URLSearchParams, filters: LocalFilters): void {
  if (filters.created) params.set('created', formatCreatedFilter(filters.created))
  for (const value of filters.status) params.append('status', value.toLowerCase())
  for (const value of filters.arch) params.append('arch', value)
}

/** The filters as their URL words, one per parameter: ["created=2026-09-01..", "status=normal,syncing"]. */
export function localFilterParamWords(filters: LocalFilters): string[] {
  const params = new URLSearchParams()
  appendLocalFilterParams(params, filters)
  return [...new Set(params.keys())].map((key) => `${key}=${params.getAll(key).join(',')}`)
}

import { formatCreatedFilter, parseCreatedFilter } from './created-range'
import { cleanLocalValues, type LocalFilters } from './local-filters'

/**
 * The query parameters of the browser-side filters: `created=a..b`, `created=30d` or `created=unknown`;
 * `status=`, `arch=` and `os=` (a whole platform name) repeated.
 */
export const LOCAL_FILTER_PARAMS = ['created', 'status', 'arch', 'os']

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
    os: [...new Set(split('os').map((value) => value.trim()))].filter((value) => value !== '').slice(0, 20),
  }
}

export function appendLocalFilterParams(params: URLSearchParams, filters: LocalFilters): void {
  if (filters.created) params.set('created', formatCreatedFilter(filters.created))
  for (const value of filters.status) params.append('status', value.toLowerCase())
  for (const value of filters.arch) params.append('arch', value)
  for (const value of filters.os) params.append('os', value)
}

/** The filters as their URL words, one per parameter: ["created=2026-09-01..", "status=normal,syncing"]. */
export function localFilterParamWords(filters: LocalFilters): string[] {
  const params = new URLSearchParams()
  appendLocalFilterParams(params, filters)
  return [...new Set(params.keys())].map((key) => `${key}=${params.getAll(key).join(',')}`)
}

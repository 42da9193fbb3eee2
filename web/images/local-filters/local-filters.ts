import { IMAGE_STATUSES } from '../../../core/describe-images'
import { t } from '../../lib/i18n'
import type { Image } from '../data/image-model'
import { statusDisplay } from '../data/image-model'
import { anyOf } from '../filters/chip-format'
import {
  type CreatedFilter,
  describeCreatedFilter,
  inCreatedRange,
  resolveCreatedFilter,
} from './created-range'

/**
 * Filters DescribeImages does not have (created date, status, architecture), applied in the browser to
 * every page of the API's result. Values inside one are OR, the filters are AND, as the API's chips are.
 */
export interface LocalFilters {
  created: CreatedFilter | null
  /** ImageState / ImageStatus values, like SYNCING. */
  status: string[]
  /** Architecture values as the API writes them, like x86_64 or arm. */
  arch: string[]
  /**
   * Platforms, matched whole (case-insensitively): `os=CentOS` is CentOS and not TencentOS, which the API's
   * platform filter (a part of the name) would match too. The summary's bars narrow the list with it.
   */
  os: string[]
}

export const NO_LOCAL_FILTERS: LocalFilters = { created: null, status: [], arch: [], os: [] }

export const LOCAL_STATUSES: readonly string[] = IMAGE_STATUSES
export const LOCAL_ARCHES = ['x86_64', 'arm', 'i386'] as const

export type LocalFilterId = 'created' | 'status' | 'arch' | 'os'
export const LOCAL_FILTER_IDS: readonly LocalFilterId[] = ['created', 'status', 'arch', 'os']
/** The ones "Add filter" offers; the exact platform comes from a summary bar (its chip edits what it holds). */
export const LOCAL_MENU_IDS: readonly LocalFilterId[] = ['created', 'status', 'arch']

const statusWords = (statuses: readonly string[]) =>
  statuses.map((value) => statusDisplay(value).label).join(t('ui.listSeparator'))

/** Each filter's name and what it takes, read when drawn so that they are in the page's language. */
export const LOCAL_FILTER_INFO: Record<LocalFilterId, { readonly label: string; readonly hint: string }> = {
  created: {
    get label() {
      return t('column.created')
    },
    get hint() {
      return t('local.createdHint')
    },
  },
  status: {
    get label() {
      return t('column.status')
    },
    get hint() {
      return `${statusWords(['NORMAL', 'SYNCING', 'CREATEFAILED'])}…`
    },
  },
  arch: {
    get label() {
      return t('column.arch')
    },
    get hint() {
      return anyOf(['x86_64', 'arm'])
    },
  },
  os: {
    get label() {
      return t('local.os')
    },
    get hint() {
      return anyOf(['CentOS', 'TencentOS'])
    },
  },
}

export function hasLocalFilters(filters: LocalFilters): boolean {
  return (
    filters.created !== null || filters.status.length > 0 || filters.arch.length > 0 || filters.os.length > 0
  )
}

export function withoutLocalFilter(filters: LocalFilters, id: LocalFilterId): LocalFilters {
  return { ...filters, [id]: NO_LOCAL_FILTERS[id] }
}

export function activeLocalFilters(filters: LocalFilters): LocalFilterId[] {
  return LOCAL_FILTER_IDS.filter((id) =>
    id === 'created' ? filters.created !== null : filters[id].length > 0,
  )
}

const oneOf = (values: readonly string[], value: string) =>
  values.length === 0 || values.some((candidate) => candidate.toLowerCase() === value.toLowerCase())

/** Does this image pass every filter? A Created preset counts back from `now`; `unknown` keeps undated ones. */
export function matchesLocalFilters(image: Image, filters: LocalFilters, now = Date.now()): boolean {
  if (filters.created === 'unknown') {
    if (Number.isFinite(image.createdTime)) return false
  } else if (filters.created) {
    if (!inCreatedRange(image.createdTime, resolveCreatedFilter(filters.created, now))) return false
  }
  if (filters.status.length > 0 && !filters.status.includes(image.status)) return false
  return oneOf(filters.arch, image.architecture) && oneOf(filters.os, image.platform)
}

export function applyLocalFilters(images: readonly Image[], filters: LocalFilters): Image[] {
  const now = Date.now()
  return hasLocalFilters(filters)
    ? images.filter((image) => matchesLocalFilters(image, filters, now))
    : [...images]
}

/** "Created: last 30 days", "Created: since 2026-09-01", "Status: Syncing, Creating", "Architecture: arm"; 创建时间：2026-09-01 起. */
export function formatLocalFilter(filters: LocalFilters, id: LocalFilterId): string {
  const label = LOCAL_FILTER_INFO[id].label
  if (id === 'created') {
    return filters.created
      ? t('chip.summary', { label, values: describeCreatedFilter(filters.created) })
      : label
  }
  const values = id === 'status' ? statusWords(filters.status) : filters[id].join(t('ui.listSeparator'))
  return t('chip.summary', { label, values })
}

export function formatLocalFilters(filters: LocalFilters): string[] {
  return activeLocalFilters(filters).map((id) => formatLocalFilter(filters, id))
}

/** Keeps known values, once each, in the order given; case is the API's. */
export function cleanLocalValues(id: 'status' | 'arch', values: readonly string[]): string[] {
  const known: readonly string[] = id === 'status' ? LOCAL_STATUSES : LOCAL_ARCHES
  const result: string[] = []
  for (const value of values) {
    const match = known.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase())
    if (match && !result.includes(match)) result.push(match)
  }
  return result
}

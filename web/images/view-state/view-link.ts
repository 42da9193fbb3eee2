import { parseImageId } from '../../../core/describe-images'
import { isWellFormedRegionId } from '../../../core/regions'
import { t } from '../../lib/i18n'
import { IMAGE_FIELDS, type ImageField } from '../data/image-model'
import type { ChipField } from '../filters/chip-fields'
import { cleanValues } from '../filters/filter-chips'
import { nameChips } from '../filters/name-chips'
import { parseCreatedFilter } from '../local-filters/created-range'
import { cleanLocalValues } from '../local-filters/local-filters'
import { parseDensity } from './column-prefs'
import { CHIP_PARAMS, isNameParam, type NameGroup, nameGroups, parseType, TAG_PARAM } from './filter-params'
import {
  isReviewValue,
  isUtcValue,
  parsePageSize,
  parsePositive,
  parseSort,
  parseViewState,
  type ViewState,
} from './url-state'

/**
 * A link read honestly: the view it shows, and every value of it the view cannot use, so the screen can
 * name them instead of quietly showing something else.
 */
export interface ViewLink {
  view: ViewState
  /** `key=value` for each value the view does not use, in the link's order. */
  ignored: string[]
  /** Well-formed image IDs of `lookup=` past the most one lookup takes. */
  droppedIds: number
}

const SINGLE: Record<string, (value: string) => boolean> = {
  region: isWellFormedRegionId,
  page: (value) => parsePositive(value) !== null,
  size: (value) => parsePageSize(value) !== null,
  image: (value) => parseImageId(value) !== null,
  density: (value) => parseDensity(value) !== null,
  review: isReviewValue,
  tz: (value) => isUtcValue(value) || value.toLowerCase() === 'local',
  created: (value) => parseCreatedFilter(value) !== null,
}

const splitList = (values: readonly string[]) =>
  values.flatMap((value) => value.split(',').map((part) => part.trim())).filter((part) => part !== '')

/** Whether one raw value of a filter parameter made it into the view's chips. */
function chipUses(view: ViewState, field: ChipField, value: string): boolean {
  if (field === 'type') {
    const type = parseType(value)
    return type !== null && view.filters.type.includes(type)
  }
  const [clean] = cleanValues(field, [value])
  if (clean === undefined) return false
  const anyCase = field === 'platform'
  const same = (kept: string) => (anyCase ? kept.toLowerCase() === clean.toLowerCase() : kept === clean)
  return view.filters[field].some(same)
}

/** Whether one raw value of `name=`, `name2=`… made it into the view: its Name filter was kept, with it. */
function nameUses(kept: readonly NameGroup[], key: string, value: string): boolean {
  const [clean] = cleanValues('name', [value])
  const group = kept.find((candidate) => candidate.key === key)
  if (clean === undefined || group === undefined) return false
  return group.values.some((name) => name.toLowerCase() === clean.toLowerCase())
}

function tagUses(view: ViewState, value: string): boolean {
  const colon = value.indexOf(':')
  const key = value.slice(0, Math.max(colon, 0)).trim()
  const tag = view.filters.tags.find((candidate) => candidate.key === key)
  return colon >= 0 && tag !== undefined && tag.values.includes(value.slice(colon + 1).trim())
}

function sortUses(view: ViewState, part: string): boolean {
  const [key] = parseSort([part])
  return key !== undefined && view.sort.some((used) => used.field === key.field && used.desc === key.desc)
}

/** A comparison needs two or three IDs: past three, or with fewer than two, the IDs are not used. */
function compareUnused(view: ViewState, parts: string[]): string[] {
  if (view.compare.length === 0) return parts
  return parts.filter((part) => {
    const id = parseImageId(part)
    return id === null || !view.compare.includes(id)
  })
}

/**
 * The values of one parameter the view does not use; parameters the view does not own are kept, not judged.
 * `names`: the Name filters the view kept, with the parameter each came from.
 */
function unusedValues(view: ViewState, key: string, values: string[], names: readonly NameGroup[]): string[] {
  const usable = SINGLE[key]
  const chip = (Object.keys(CHIP_PARAMS) as ChipField[]).find((field) => CHIP_PARAMS[field] === key)
  if (usable) {
    // The first usable value wins; a repeat of it is no loss.
    const used = values.find(usable)
    return values.filter((value) => value !== used)
  }
  if (isNameParam(key) || key === CHIP_PARAMS.name)
    return values.filter((value) => !nameUses(names, key, value))
  if (chip) return values.filter((value) => !chipUses(view, chip, value))
  if (key === TAG_PARAM) return values.filter((value) => !tagUses(view, value))
  if (key === 'sort') return splitList(values).filter((part) => !sortUses(view, part))
  if (key === 'cols') return splitList(values).filter((part) => !IMAGE_FIELDS.includes(part as ImageField))
  if (key === 'lookup') return splitList(values).filter((token) => parseImageId(token) === null)
  if (key === 'status' || key === 'arch') {
    return splitList(values).filter((part) => cleanLocalValues(key, [part]).length === 0)
  }
  if (key === 'compare') return compareUnused(view, splitList(values))
  if (key === 'diff') return view.onlyDifferences ? values.filter((value) => !isReviewValue(value)) : values
  return []
}

/** Reads a query string into the view it shows and what of it was left out. */
export function parseViewLink(search: string): ViewLink {
  const params = new URLSearchParams(search)
  const view = parseViewState(search)
  const names = nameGroups(params).slice(0, nameChips(view.filters).length)
  const ignored = [...new Set(params.keys())].flatMap((key) =>
    unusedValues(view, key, params.getAll(key), names).map((value) => `${key}=${value}`),
  )
  const ids = cleanValues('id', splitList(params.getAll('lookup')))
  return { view, ignored, droppedIds: ids.length - view.lookup.length }
}

/** What the notice names: the link's unused values and dropped IDs, and a page past the end, once known. */
export interface LinkNoticeFacts extends Pick<ViewLink, 'ignored' | 'droppedIds'> {
  /** The link's page was past the last one (known once the total is): the last page is shown instead. */
  pastEnd?: { asked: number; last: number }
}

/**
 * "Ignored from this link: type=nonsense, sort=bogus:up.", the IDs a lookup could not take, and
 * "Changed from this link: page=999 to page=19, the last page."
 */
export function formatLinkNotice(link: LinkNoticeFacts, maxIds: number): string {
  const parts: string[] = []
  if (link.ignored.length > 0) parts.push(t('link.ignored', { values: link.ignored.join(', ') }))
  if (link.droppedIds > 0) {
    parts.push(t('link.dropped', { count: link.droppedIds, max: maxIds }))
  }
  if (link.pastEnd) {
    parts.push(t('link.pastEnd', { value: `page=${link.pastEnd.asked}`, last: link.pastEnd.last }))
  }
  return parts.reduce((first, second) => (first === '' ? second : t('link.both', { first, second })), '')
}

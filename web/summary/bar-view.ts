import { IMAGE_TYPES, type ImageType } from '../../core/describe-images'
import {
  type CreatedRange,
  LOCAL_ARCHES,
  LOCAL_STATUSES,
  type LocalFilters,
  resolveCreatedFilter,
  UNKNOWN_CREATED,
  type ViewState,
} from '../images/public'
import { ageRanges, type DatedBucket } from './age-buckets'
import type { ChartId } from './summary-counts'

const DAY = (day: string) => Date.parse(`${day}T00:00:00Z`)
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || DAY(a) > DAY(b) ? a : b)
const earlier = (a: string | null, b: string | null) =>
  a === null ? b : b === null || DAY(a) < DAY(b) ? a : b

/** Both ranges at once (the view's Created filter and the bar's); null when they share no day. */
export function intersectRanges(a: CreatedRange, b: CreatedRange): CreatedRange | null {
  const from = later(a.from, b.from)
  const to = earlier(a.to, b.to)
  return from !== null && to !== null && DAY(from) > DAY(to) ? null : { from, to }
}

const known = (values: readonly string[], key: string) =>
  values.find((value) => value.toLowerCase() === key.toLowerCase())

/** The view's browser-side filters narrowed to one bar; null when no filter can say exactly that bar. */
function narrowLocal(local: LocalFilters, chart: ChartId, key: string, now: number): LocalFilters | null {
  if (chart === 'platform') return key ? { ...local, os: [key] } : null
  if (chart === 'arch') {
    const arch = known(LOCAL_ARCHES, key)
    return arch ? { ...local, arch: [arch] } : null
  }
  if (chart === 'status') {
    const status = known(LOCAL_STATUSES, key)
    return status ? { ...local, status: [status] } : null
  }
  if (chart !== 'age') return null
  if (key === UNKNOWN_CREATED) return { ...local, created: UNKNOWN_CREATED }
  const bar = ageRanges(now)[key as DatedBucket]
  if (!bar) return null
  // Already filtered by Created: the bar's days within the view's, so the list keeps exactly these images.
  const current = local.created
  if (current === UNKNOWN_CREATED) return null
  // A preset is read at `now`, as the summary counted it.
  const days = current === null ? bar : intersectRanges(resolveCreatedFilter(current, now), bar)
  return days ? { ...local, created: days } : null
}

/**
 * The list showing exactly one bar's images: the view (its filters already hold the summary's images) with
 * one more filter, the API's Type (exact) or a browser-side one (an exact platform, the architecture, the
 * status, the created days). The API's Platform filter matches a part of a name ("centos" matches TencentOS),
 * so a platform bar narrows in the browser. Null when no filter says exactly that bar (an unknown value).
 */
export function barView(view: ViewState, chart: ChartId, key: string, now: number): ViewState | null {
  const list: ViewState = { ...view, mode: 'list', page: 1, image: null, compare: [] }
  if (chart === 'type') {
    if (!(IMAGE_TYPES as readonly string[]).includes(key)) return null
    return { ...list, filters: { ...view.filters, type: [key as ImageType] } }
  }
  const local = narrowLocal(view.local, chart, key, now)
  return local ? { ...list, local } : null
}

import type { Image } from '../images/public'
import { AGE_BUCKETS, ageBucket, ageRanges } from './age-buckets'

/**
 * The summary's charts as counts, pure: each chart groups the view's images by one property. The list of
 * charts is this table; an "in use vs unused" chart joins it when the region's instance scan is given
 * (`usage`), and is left out without one.
 */
export type ChartId = 'platform' | 'type' | 'arch' | 'status' | 'age' | 'usage'

export interface Bar {
  /** The value as the API writes it (CentOS, PRIVATE_IMAGE, x86_64, NORMAL), or the bucket's id. */
  key: string
  count: number
}

export interface Chart {
  id: ChartId
  bars: Bar[]
}

/** What an instance scan tells the summary; absent until the scan exists and has finished. */
export interface SummaryUsage {
  /** How many instances run the image; 0 when none. */
  instancesOf: (imageId: string) => number
}

interface ChartSpec {
  id: ChartId
  key: (image: Image) => string
  /** Bars in this order, each shown even at 0 (dropped at 0 when marked); else by count, largest first. */
  order?: readonly string[]
  hideEmpty?: readonly string[]
}

function specs(now: number, usage: SummaryUsage | null): ChartSpec[] {
  const ranges = ageRanges(now)
  const charts: ChartSpec[] = [
    { id: 'platform', key: (image) => image.platform },
    { id: 'type', key: (image) => image.type },
    { id: 'arch', key: (image) => image.architecture },
    { id: 'status', key: (image) => image.status },
    {
      id: 'age',
      key: (image) => ageBucket(image.createdTime, ranges),
      order: AGE_BUCKETS,
      hideEmpty: ['unknown'],
    },
  ]
  if (usage) {
    charts.push({
      id: 'usage',
      key: (image) => (usage.instancesOf(image.id) > 0 ? 'inUse' : 'unused'),
      order: ['inUse', 'unused'],
    })
  }
  return charts
}

function countBy(images: readonly Image[], spec: ChartSpec): Bar[] {
  const counts = new Map<string, number>((spec.order ?? []).map((key) => [key, 0]))
  for (const image of images) {
    const key = spec.key(image)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const bars = [...counts].map(([key, count]) => ({ key, count }))
  if (spec.order) return bars.filter((bar) => bar.count > 0 || !spec.hideEmpty?.includes(bar.key))
  return bars.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

/** Every chart of these images at `now` (the age buckets count back from it). */
export function countCharts(
  images: readonly Image[],
  now: number,
  usage: SummaryUsage | null = null,
): Chart[] {
  return specs(now, usage).map((spec) => ({ id: spec.id, bars: countBy(images, spec) }))
}

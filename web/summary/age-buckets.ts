import { type CreatedRange, inCreatedRange } from '../images/public'

/**
 * The age bars: created within 30 days, 30–90 days, 90 days to a year, over a year, or unknown (no date, or
 * the legacy API's 1970 placeholder). Each is a range of whole UTC days, as the Created filter reads days, so
 * a bar's link to the list (`created=a..b`) selects exactly the bar's images.
 */
export const AGE_BUCKETS = ['30d', '90d', '1y', 'older', 'unknown'] as const
export type AgeBucket = (typeof AGE_BUCKETS)[number]
export type DatedBucket = Exclude<AgeBucket, 'unknown'>

const DAY_MS = 86_400_000
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10)
const dayBefore = (day: string) => utcDay(Date.parse(`${day}T00:00:00Z`) - DAY_MS)

/** The first day of each bucket at `now`, counted back as the Created presets count (30d, 90 days, 1 year). */
export function ageRanges(now: number): Record<DatedBucket, CreatedRange> {
  const back = (change: (date: Date) => void) => {
    const date = new Date(now)
    change(date)
    return utcDay(date.getTime())
  }
  const day30 = back((date) => date.setUTCDate(date.getUTCDate() - 30))
  const day90 = back((date) => date.setUTCDate(date.getUTCDate() - 90))
  const year = back((date) => date.setUTCFullYear(date.getUTCFullYear() - 1))
  return {
    '30d': { from: day30, to: null },
    '90d': { from: day90, to: dayBefore(day30) },
    '1y': { from: year, to: dayBefore(day90) },
    older: { from: null, to: dayBefore(year) },
  }
}

const DATED: readonly DatedBucket[] = ['30d', '90d', '1y', 'older']

/** The bucket of a creation time (ms; NaN when unknown). */
export function ageBucket(time: number, ranges: Record<DatedBucket, CreatedRange>): AgeBucket {
  return DATED.find((bucket) => inCreatedRange(time, ranges[bucket])) ?? 'unknown'
}

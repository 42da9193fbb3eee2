/** Pure number work for the bench: medians, percentiles, ratios and budget verdicts. */

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Nearest-rank percentile (p in 0..100) of an unsorted list; NaN for an empty one. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export interface Budget {
  name: string
  /** The measured value: a ratio, bytes or milliseconds. */
  value: number
  limit: number
  /** 'min': value must be at least the limit; 'max': at most. */
  kind: 'min' | 'max'
  unit: string
}

export function meets(budget: Budget): boolean {
  return budget.kind === 'min' ? budget.value >= budget.limit : budget.value <= budget.limit
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** Growth from the first to the last size, as a factor per factor of size (1 = linear, 0 = flat). */
export function growthExponent(points: readonly { size: number; ms: number }[]): number {
  const first = points[0]
  const last = points[points.length - 1]
  if (!first || !last || first.size === last.size || first.ms <= 0 || last.ms <= 0) return Number.NaN
  return Math.log(last.ms / first.ms) / Math.log(last.size / first.size)
}

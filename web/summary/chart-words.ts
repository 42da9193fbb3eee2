import { statusDisplay, typeLabel } from '../images/public'
import { csvLines } from '../lib/csv'
import { t } from '../lib/i18n'
import type { AgeBucket } from './age-buckets'
import type { Chart, ChartId } from './summary-counts'

/** A chart's name, as its picture is named to assistive technology: "Images by platform". */
export const chartTitle = (chart: ChartId) => t(`charts.title.${chart}`)

/** A bar's words in the page's language: Tencent's for types and states, as sent for platforms. */
export function barLabel(chart: ChartId, key: string): string {
  if (chart === 'age') return t(`charts.age.${key as AgeBucket}`)
  if (chart === 'usage') return t(`charts.usage.${key as 'inUse' | 'unused'}`)
  if (!key) return t('charts.none')
  if (chart === 'type') return typeLabel(key)
  if (chart === 'status') return statusDisplay(key).label
  return key
}

/** The counts as CSV, one line per bar, with a UTF-8 BOM as the list's exports have. */
export function countsCsv(charts: readonly Chart[]): string {
  const header = [t('charts.csvChart'), t('charts.csvKey'), t('charts.csvLabel'), t('charts.csvCount')]
  const lines = charts.flatMap((chart) =>
    chart.bars.map((bar) => [chartTitle(chart.id), bar.key, barLabel(chart.id, bar.key), String(bar.count)]),
  )
  return csvLines([header, ...lines])
}

export interface ScopeInput {
  /** Images loaded: all of the result, or its first ones above the cap. */
  loaded: number
  /** Images the API's filters give. */
  total: number
  /** Images the charts count: the loaded ones the browser-side filters keep. */
  counted: number
  filtered: boolean
}

/** "All 240 images", "First 6,000 of 20,000 images …", and how many the browser-side filters kept. */
export function scopeWords({ loaded, total, counted, filtered }: ScopeInput): string {
  const main =
    loaded < total
      ? t('charts.scopeFirst', { count: loaded, total })
      : t('charts.scopeAll', { count: loaded })
  return filtered ? `${main}${t('charts.scopeFiltered', { count: counted })}` : main
}

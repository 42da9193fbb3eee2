import { t } from '../../lib/i18n'

/**
 * The created-date range of the browser-side filter: whole UTC days, either end open. In the URL it is
 * `created=2026-09-01..2026-11-30`; `2026-09-01..` and `..2026-11-30` leave one end open. A preset stays
 * relative: `created=30d` means the last 30 days on whatever day the link is opened.
 */
export interface CreatedRange {
  /** First day included, YYYY-MM-DD (UTC); null: no lower bound. */
  from: string | null
  /** Last day included, YYYY-MM-DD (UTC); null: no upper bound. */
  to: string | null
}

const DAY_MS = 86_400_000
const DAY = /^\d{4}-\d{2}-\d{2}$/

export const CREATED_PRESETS = ['7d', '30d', '3m', '1y'] as const
export type CreatedPreset = (typeof CREATED_PRESETS)[number]

/** Images whose creation time the API did not give (or gave as the legacy 1970 placeholder): `created=unknown`. */
export const UNKNOWN_CREATED = 'unknown'

/** What the Created filter holds: a preset, relative to today, fixed days, or no known date. */
export type CreatedFilter = CreatedPreset | CreatedRange | typeof UNKNOWN_CREATED

const isPreset = (value: string): value is CreatedPreset =>
  (CREATED_PRESETS as readonly string[]).includes(value)

/** A YYYY-MM-DD that names a real calendar day (2026-02-30 does not). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value
}

const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** `a..b`, `a..`, `..b`; ends in the wrong order are swapped; anything else (or `..`) is null. */
export function parseCreatedRange(value: string): CreatedRange | null {
  const match = /^([^.]*)\.\.([^.]*)$/.exec(value.trim())
  if (!match) return null
  const from = match[1] ? match[1] : null
  const to = match[2] ? match[2] : null
  if ((from !== null && !isDay(from)) || (to !== null && !isDay(to))) return null
  if (from === null && to === null) return null
  if (from !== null && to !== null && from > to) return { from: to, to: from }
  return { from, to }
}

export function formatCreatedRange(range: CreatedRange): string {
  return `${range.from ?? ''}..${range.to ?? ''}`
}

/** The range a preset means today: from that day (UTC) on, with no upper end. */
export function presetRange(preset: CreatedPreset, now: number): CreatedRange {
  const start = new Date(now)
  if (preset === '7d') start.setUTCDate(start.getUTCDate() - 7)
  if (preset === '30d') start.setUTCDate(start.getUTCDate() - 30)
  if (preset === '3m') start.setUTCMonth(start.getUTCMonth() - 3)
  if (preset === '1y') start.setUTCFullYear(start.getUTCFullYear() - 1)
  return { from: utcDay(start.getTime()), to: null }
}

/** True when `time` (ms) falls on or between the range's days; an unknown time is outside any range. */
export function inCreatedRange(time: number, range: CreatedRange): boolean {
  if (!Number.isFinite(time)) return false
  if (range.from !== null && time < Date.parse(`${range.from}T00:00:00Z`)) return false
  if (range.to !== null && time >= Date.parse(`${range.to}T00:00:00Z`) + DAY_MS) return false
  return true
}

/** "2026-09-01 – 2026-11-30", "since 2026-09-01", "until 2026-11-30" in the page's language; the days stay ISO. */
export function describeCreatedRange(range: CreatedRange): string {
  if (range.from !== null && range.to !== null) return t('local.between', { from: range.from, to: range.to })
  return range.from !== null
    ? t('local.since', { day: range.from })
    : t('local.until', { day: range.to ?? '' })
}

/** `7d`, `30d`, `3m`, `1y`, or a range as parseCreatedRange reads it; anything else is null. */
export function parseCreatedFilter(value: string): CreatedFilter | null {
  const trimmed = value.trim()
  if (trimmed === UNKNOWN_CREATED) return UNKNOWN_CREATED
  return isPreset(trimmed) ? trimmed : parseCreatedRange(trimmed)
}

export function formatCreatedFilter(filter: CreatedFilter): string {
  return typeof filter === 'string' ? filter : formatCreatedRange(filter)
}

/** The days a filter covers at `now`: a preset's from today, a range's as given (no days for `unknown`). */
export function resolveCreatedFilter(
  filter: Exclude<CreatedFilter, typeof UNKNOWN_CREATED>,
  now: number,
): CreatedRange {
  return typeof filter === 'string' ? presetRange(filter, now) : filter
}

/** "last 30 days" for a preset, "unknown" without a date, else as describeCreatedRange says the days. */
export function describeCreatedFilter(filter: CreatedFilter): string {
  if (filter === UNKNOWN_CREATED) return t('local.unknownDate')
  return typeof filter === 'string' ? t(`local.last.${filter}`) : describeCreatedRange(filter)
}

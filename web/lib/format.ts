/** Display formatting shared by the whole app. Pure functions; time zones and "now" are parameters. */
import { currentLanguage, type Language, t } from './i18n'

const NUMBER_LOCALES: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN' }
const numberFormats = new Map<Language, Intl.NumberFormat>()

/** 1204 → "1,204", grouped as the active language groups digits. */
export function formatCount(value: number): string {
  const language = currentLanguage()
  let format = numberFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[language])
    numberFormats.set(language, format)
  }
  return format.format(value)
}

/** The range shown under a table: first row (1-based) to last row of the page, and the total. */
export function formatRange(offset: number, rowsOnPage: number, total: number): string {
  if (rowsOnPage === 0) return t('format.rangeEmpty', { total })
  return t('format.range', { first: offset + 1, last: offset + rowsOnPage, total })
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export type AgeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year'

/** The largest whole unit of an elapsed time, the way a short relative age reads it. */
export function ageParts(elapsed: number): { count: number; unit: AgeUnit } | null {
  if (elapsed < MINUTE) return null
  if (elapsed < HOUR) return { count: Math.floor(elapsed / MINUTE), unit: 'minute' }
  if (elapsed < DAY) return { count: Math.floor(elapsed / HOUR), unit: 'hour' }
  const days = Math.floor(elapsed / DAY)
  if (days < 30) return { count: days, unit: 'day' }
  // Months of a year's average length, so days 360–364 read "11 mo", never "12 mo" a moment before "1 yr".
  if (days < 365) return { count: Math.max(1, Math.floor((days * 12) / 365)), unit: 'month' }
  return { count: Math.floor(days / 365), unit: 'year' }
}

/** A short relative age in the active language: "5 min ago", "12 d ago"; "29 天前". */
export function formatAge(time: number, now: number): string {
  if (!Number.isFinite(time)) return ''
  const parts = ageParts(now - time)
  return parts ? t('format.age', parts) : t('format.justNow')
}

// Building a DateTimeFormat costs far more than using one, and a page shows two dates a row.
const dateFormats = new Map<string | undefined, Intl.DateTimeFormat>()

function dateFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    dateFormats.set(timeZone, format)
  }
  return format
}

function dateParts(time: number, timeZone: string | undefined): Record<string, string> {
  const format = dateFormat(timeZone)
  return Object.fromEntries(format.formatToParts(new Date(time)).map((part) => [part.type, part.value]))
}

/** "2024-05-03 14:22" in the given time zone (the browser's own when omitted). */
export function formatDateTime(time: number, timeZone?: string): string {
  if (!Number.isFinite(time)) return '—'
  const p = dateParts(time, timeZone)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** A time zone to show dates in: an IANA id (undefined: the browser's own) and its short label. */
export interface TimeZone {
  id: string | undefined
  /** "UTC", "UTC+8", "UTC-3:30". */
  label: string
}

export const UTC_ZONE: TimeZone = { id: 'UTC', label: 'UTC' }

/** "UTC+8" for the zone's offset at `time` ("UTC" at offset zero), from the zone's "GMT+8" name. */
const offsetFormats = new Map<string | undefined, Intl.DateTimeFormat>()

export function zoneLabel(timeZone: string | undefined, time: number): string {
  let format = offsetFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    offsetFormats.set(timeZone, format)
  }
  const name = format.formatToParts(new Date(time)).find((part) => part.type === 'timeZoneName')?.value
  const offset = name?.replace(/^GMT/, '').replace(/^[+-]0$/, '') ?? ''
  return offset === '' ? 'UTC' : `UTC${offset}`
}

/** The browser's own zone, labelled by its offset now. */
export function localZone(now: number): TimeZone {
  return { id: undefined, label: zoneLabel(undefined, now) }
}

/**
 * "2024-05-03 14:22:00 UTC+8": a full time that says its zone, for titles, stamps, tickets and files. The
 * label is the offset at that time, so a date across a daylight-saving change says its own.
 */
export function formatTime(time: number, zone: TimeZone): string {
  return formatDateAndTime(time, zone).full
}

/** A date as a table cell shows it ("2024-05-03 14:22") and in full with its zone, for the cell's title. */
export interface DateTexts {
  short: string
  full: string
}

/**
 * `formatDateTime` and `formatTime` of one time at once, from one pass through Intl: the zone's offset at that
 * time is the difference between the wall clock there and UTC, so it needs no second formatter.
 */
export function formatDateAndTime(time: number, zone: TimeZone): DateTexts {
  if (!Number.isFinite(time)) return { short: '—', full: t('format.unknownTime') }
  const p = dateParts(time, zone.id)
  const short = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
  const label = zone.id === 'UTC' ? 'UTC' : (offsetLabel(p, time) ?? zoneLabel(zone.id, time))
  return { short, full: `${short}:${p.second} ${label}` }
}

/**
 * "UTC+8", "UTC-3:30", "UTC" from a time's wall-clock parts in a zone; null for what that cannot say exactly
 * (an offset in seconds, as historical local mean times have, or a year Date.UTC reads otherwise).
 */
function offsetLabel(p: Record<string, string>, time: number): string | null {
  const year = Number(p.year)
  if (!(year >= 100)) return null
  const wall = Date.UTC(
    year,
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  )
  const minutes = (wall - Math.floor(time / 1000) * 1000) / MINUTE
  if (!Number.isInteger(minutes)) return null
  if (minutes === 0) return 'UTC'
  const whole = Math.abs(minutes)
  const rest = whole % 60
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(whole / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`
}

/** "2024-05-03 06:22:00 UTC". */
export function formatUtc(time: number): string {
  return formatTime(time, UTC_ZONE)
}

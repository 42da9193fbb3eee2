/** Display formatting shared by the whole app. Pure functions; time zones and "now" are parameters. */

const countFormat = new Intl.NumberFormat('en-US')

/** 1204 → "1,204". */
export function formatCount(value: number): string {
  return countFormat.format(value)
}

/** The range shown under a table: first row (1-based) to last row of the page, and the total. */
export function formatRange(offset: number, rowsOnPage: number, total: number): string {
  if (rowsOnPage === 0) return `0 of ${formatCount(total)}`
  return `${formatCount(offset + 1)}–${formatCount(offset + rowsOnPage)} of ${formatCount(total)}`
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A short relative age: "just now", "5 min ago", "3 h ago", "12 d ago", "3 mo ago", "2 y ago". */
export function formatAge(time: number, now: number): string {
  if (!Number.isFinite(time)) return ''
  const elapsed = now - time
  if (elapsed < MINUTE) return 'just now'
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`
  const days = Math.floor(elapsed / DAY)
  if (days < 30) return `${days} d ago`
  if (days < 365) return `${Math.floor(days / 30)} mo ago`
  return `${Math.floor(days / 365)} y ago`
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

/** "2024-05-03 06:22:00 UTC", for titles and tickets. */
export function formatUtc(time: number): string {
  if (!Number.isFinite(time)) return 'unknown time'
  const p = dateParts(time, 'UTC')
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} UTC`
}

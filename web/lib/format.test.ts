import { describe, expect, it } from 'vitest'
import {
  formatAge,
  formatCount,
  formatDateAndTime,
  formatDateTime,
  formatRange,
  formatTime,
  formatUtc,
  localZone,
  UTC_ZONE,
  zoneLabel,
} from './format'

const now = Date.parse('2026-11-27T12:00:00Z')

describe('formatRange', () => {
  it('shows the rows of a middle page with thousands separators', () => {
    expect(formatRange(20, 20, 1204)).toBe('21–40 of 1,204')
  })
  it('shows a short last page', () => {
    expect(formatRange(1200, 4, 1204)).toBe('1,201–1,204 of 1,204')
  })
  it('shows an empty result as 0 of the total', () => {
    expect(formatRange(0, 0, 0)).toBe('0 of 0')
  })
})

describe('formatAge', () => {
  it.each([
    [now - 10_000, 'just now'],
    [now - 5 * 60_000, '5 min ago'],
    [now - 3 * 3_600_000, '3 h ago'],
    [now - 12 * 86_400_000, '12 d ago'],
    [now - 95 * 86_400_000, '3 mo ago'],
    [now - 800 * 86_400_000, '2 yr ago'],
    // Each unit's last count and the next unit's first.
    [now - 59 * 60_000, '59 min ago'],
    [now - 60 * 60_000, '1 h ago'],
    [now - 23 * 3_600_000, '23 h ago'],
    [now - 24 * 3_600_000, '1 d ago'],
    [now - 29 * 86_400_000, '29 d ago'],
    [now - 30 * 86_400_000, '1 mo ago'],
    [now - 60 * 86_400_000, '1 mo ago'],
    [now - 61 * 86_400_000, '2 mo ago'],
    [now - 360 * 86_400_000, '11 mo ago'],
    [now - 364 * 86_400_000, '11 mo ago'],
    [now - 365 * 86_400_000, '1 yr ago'],
    [now - 729 * 86_400_000, '1 yr ago'],
    [now - 730 * 86_400_000, '2 yr ago'],
  ])('turns %s into "%s"', (time, expected) => {
    expect(formatAge(time, now)).toBe(expected)
  })
  it('treats a time in the future as just now', () => {
    expect(formatAge(now + 60_000, now)).toBe('just now')
  })
  it('says nothing for an unparseable time', () => {
    expect(formatAge(Number.NaN, now)).toBe('')
  })
})

describe('dates', () => {
  const time = Date.parse('2024-05-03T06:22:09Z')
  it('writes local time in the given zone', () => {
    expect(formatDateTime(time, 'Asia/Shanghai')).toBe('2024-05-03 14:22')
  })
  it('writes UTC with seconds for titles', () => {
    expect(formatUtc(time)).toBe('2024-05-03 06:22:09 UTC')
  })
  it('uses midnight as 00, not 24', () => {
    expect(formatDateTime(Date.parse('2024-05-03T16:00:00Z'), 'Asia/Shanghai')).toBe('2024-05-04 00:00')
  })
  it('writes a dash for an unknown time', () => {
    expect(formatDateTime(Number.NaN)).toBe('—')
  })
})

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
  })
})

describe('time zones', () => {
  const time = Date.UTC(2024, 4, 3, 6, 22, 9)
  it('labels a zone by its offset, and zero as plain UTC', () => {
    expect(zoneLabel('Asia/Shanghai', time)).toBe('UTC+8')
    expect(zoneLabel('Asia/Kolkata', time)).toBe('UTC+5:30')
    expect(zoneLabel('UTC', time)).toBe('UTC')
  })

  it('writes a full time in the zone, saying which', () => {
    expect(formatTime(time, { id: 'Asia/Shanghai', label: 'UTC+8' })).toBe('2024-05-03 14:22:09 UTC+8')
    expect(formatTime(time, UTC_ZONE)).toBe('2024-05-03 06:22:09 UTC')
  })

  it('labels each time by its own offset across a daylight-saving change', () => {
    const winter = Date.UTC(2024, 0, 15, 12)
    const zone = { id: 'Europe/Berlin', label: 'UTC+2' }
    expect(formatTime(winter, zone)).toBe('2024-01-15 13:00:00 UTC+1')
  })
})

describe('formatDateAndTime', () => {
  /** The full time as it was written before: the parts, then the zone's own name of its offset. */
  const reference = (time: number, id: string) => {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: id, second: '2-digit', minute: '2-digit' })
    const second = format.formatToParts(time).find((part) => part.type === 'second')?.value ?? ''
    return `${formatDateTime(time, id)}:${second.padStart(2, '0')} ${zoneLabel(id, time)}`
  }
  const cases: [string, string][] = [
    ['Asia/Shanghai', '2024-05-03T06:22:09Z'],
    ['Asia/Kolkata', '2024-05-03T06:22:09Z'],
    ['Asia/Kathmandu', '2024-12-31T23:59:59Z'],
    ['Europe/London', '2024-01-15T12:00:00Z'],
    ['Europe/London', '2024-07-15T12:00:00Z'],
    ['Europe/Berlin', '2024-03-31T00:59:59Z'],
    ['Europe/Berlin', '2024-03-31T01:00:00Z'],
    ['America/St_Johns', '2024-01-15T12:00:00Z'],
    ['America/St_Johns', '2024-07-15T12:00:00Z'],
    ['America/Los_Angeles', '2024-11-03T09:30:00Z'],
    ['Australia/Lord_Howe', '2024-01-15T12:00:00Z'],
    ['Pacific/Chatham', '2024-07-15T12:00:00Z'],
    ['Pacific/Kiritimati', '2024-05-03T06:22:09Z'],
    ['Asia/Shanghai', '1901-01-01T00:00:00Z'],
  ]
  it.each(cases)('in %s at %s writes what formatDateTime and zoneLabel write', (id, iso) => {
    const time = Date.parse(iso)
    expect(formatDateAndTime(time, { id, label: '' })).toEqual({
      short: formatDateTime(time, id),
      full: reference(time, id),
    })
  })
  it('names UTC plainly, and the browser zone by its offset', () => {
    const time = Date.parse('2024-05-03T06:22:09Z')
    expect(formatDateAndTime(time, UTC_ZONE)).toEqual({
      short: '2024-05-03 06:22',
      full: '2024-05-03 06:22:09 UTC',
    })
    expect(formatDateAndTime(time, localZone(time)).full).toBe(
      `${formatDateTime(time)}:09 ${zoneLabel(undefined, time)}`,
    )
  })
  it('writes a dash, and says the time is unknown, for an unknown time', () => {
    expect(formatDateAndTime(Number.NaN, UTC_ZONE)).toEqual({
      short: '—',
      full: formatTime(Number.NaN, UTC_ZONE),
    })
  })
})

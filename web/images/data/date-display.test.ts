import { describe, expect, it } from 'vitest'
import { formatDateTime, formatTime, localZone, UTC_ZONE } from '../../lib/format'
import { testImage } from '../../test-support/images'
import { createdTexts } from './date-display'

const SHANGHAI = { id: 'Asia/Shanghai', label: 'UTC+8' }

describe('createdTexts', () => {
  const time = Date.parse('2026-10-02T08:00:09Z')
  it.each([
    ['UTC', UTC_ZONE],
    ['Shanghai', SHANGHAI],
    ['the browser zone', localZone(time)],
  ])('writes the cell and its title as formatDateTime and formatTime do, in %s', (_, zone) => {
    const image = testImage('img-1', { createdTime: time })
    expect(createdTexts(image, zone)).toEqual({
      short: formatDateTime(time, zone.id),
      full: formatTime(time, zone),
    })
  })

  it('formats an answer once per zone: the same texts for every copy of its record', () => {
    const image = testImage('img-1', { createdTime: time })
    const first = createdTexts(image, SHANGHAI)
    expect(createdTexts(image, SHANGHAI)).toBe(first)
    // The rows copy an image to add its instance count; the record it came from is the same.
    expect(createdTexts({ ...image, instances: 3 }, SHANGHAI)).toBe(first)
    expect(createdTexts(image, UTC_ZONE)).not.toBe(first)
    expect(createdTexts(image, UTC_ZONE).short).toBe('2026-10-02 08:00')
  })

  it('formats a new answer afresh, and a record whose time was changed under it', () => {
    const image = testImage('img-1', { createdTime: time })
    const first = createdTexts(image, UTC_ZONE)
    expect(createdTexts(testImage('img-1', { createdTime: time }), UTC_ZONE)).not.toBe(first)
    const later = { ...image, createdTime: time + 60_000 }
    expect(createdTexts(later, UTC_ZONE).short).toBe('2026-10-02 08:01')
  })

  it('keeps the browser zone apart from UTC though neither names the other', () => {
    const image = testImage('img-1', { createdTime: time })
    const utcLocal = { id: undefined, label: 'UTC' }
    const eastLocal = { id: undefined, label: 'UTC+8' }
    createdTexts(image, utcLocal)
    expect(createdTexts(image, eastLocal)).not.toBe(createdTexts(image, utcLocal))
  })
})

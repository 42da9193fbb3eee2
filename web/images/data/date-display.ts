import { type DateTexts, formatDateAndTime, type TimeZone } from '../../lib/format'
import type { Image } from './image-model'

/**
 * Each answer's creation dates, formatted once per time zone: the table's cells render again on a selection,
 * a refetch or a new column, and Intl's formatting was most of a row's cost. Kept with the image's record as the
 * API sent it (`raw`, shared by every copy the rows make of an image), so a new answer formats afresh and an
 * answer no longer held is forgotten with it.
 */
interface Formatted {
  time: number
  byZone: Map<string, DateTexts>
}

const formatted = new WeakMap<object, Formatted>()

/** The zone's key: its IANA id, or its label for the browser's own (whose id is left to the browser). */
const zoneKey = (zone: TimeZone) => zone.id ?? `local ${zone.label}`

/** The image's creation time as the table shows it in `zone`: the cell's text and its title. */
export function createdTexts(image: Image, zone: TimeZone): DateTexts {
  let entry = formatted.get(image.raw)
  if (entry === undefined || entry.time !== image.createdTime) {
    entry = { time: image.createdTime, byZone: new Map() }
    formatted.set(image.raw, entry)
  }
  const key = zoneKey(zone)
  let texts = entry.byZone.get(key)
  if (texts === undefined) {
    texts = formatDateAndTime(image.createdTime, zone)
    entry.byZone.set(key, texts)
  }
  return texts
}

import { formatTime, type TimeZone } from '../../lib/format'
import { type Image, type ImageField, isEpochPlaceholder } from './image-model'
import { sortValue } from './sort-images'

/** Column headers by field id, shared by the table, the Columns menu and the exports. */
export const COLUMN_LABELS: Record<ImageField, string> = {
  name: 'Name',
  id: 'ID',
  type: 'Type',
  os: 'OS',
  platform: 'Platform',
  arch: 'Architecture',
  status: 'Status',
  created: 'Created',
  creator: 'Creator',
  family: 'Image family',
}

/**
 * A cell as plain text, as the table shows it (Custom, Normal); Created is written in the screen's zone
 * with the zone named ("2024-05-03 14:22:00 UTC+8"), since a file does not know where it was made. A date
 * the API sent in another form is passed on as sent.
 */
export function columnText(image: Image, field: ImageField, zone: TimeZone): string {
  if (field === 'created') {
    return Number.isFinite(image.createdTime) ? formatTime(image.createdTime, zone) : image.createdAt
  }
  return String(sortValue(image, field))
}

/** Why a creation time shows as a dash: the legacy API's 1970 placeholder, or text that is not a date. */
export function unknownDateNote(createdAt: string): string {
  if (isEpochPlaceholder(createdAt)) {
    return 'Not known: the legacy API sends 1970-01-01 as the creation time of public images.'
  }
  return createdAt ? `Not a date the app can read: ${createdAt}` : 'The API sent no creation time.'
}

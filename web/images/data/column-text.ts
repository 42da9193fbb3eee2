import { formatUtc } from '../../lib/format'
import type { Image, ImageField } from './image-model'
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
}

/**
 * A cell as plain text, as the table shows it (Custom, Normal), except Created: a file has no local
 * time zone, so it carries the UTC time; a date the API sent in another form is passed on as sent.
 */
export function columnText(image: Image, field: ImageField): string {
  if (field === 'created') {
    return Number.isFinite(image.createdTime) ? formatUtc(image.createdTime) : image.createdAt
  }
  return String(sortValue(image, field))
}

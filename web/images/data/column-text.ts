import { formatUtc } from '../../lib/format'
import { t } from '../../lib/i18n'
import type { Image, ImageField } from './image-model'
import { sortValue } from './sort-images'

/** A column's header in the page's language, shared by the table, the Columns menu and the exports. */
export function columnLabel(field: ImageField): string {
  return t(`column.${field}`)
}

/**
 * A cell as plain text, as the table shows it in the page's language (Custom, Normal; 自定义镜像, 正常), except Created: a file has no local
 * time zone, so it carries the UTC time; a date the API sent in another form is passed on as sent.
 */
export function columnText(image: Image, field: ImageField): string {
  if (field === 'created') {
    return Number.isFinite(image.createdTime) ? formatUtc(image.createdTime) : image.createdAt
  }
  return String(sortValue(image, field))
}

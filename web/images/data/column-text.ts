import { formatTime, type TimeZone } from '../../lib/format'
import { t } from '../../lib/i18n'
import { type Image, type ImageField, isEpochPlaceholder } from './image-model'
import { sortValue } from './sort-images'

/** A column's header in the page's language, shared by the table, the Columns menu and the exports. */
export function columnLabel(field: ImageField): string {
  return t(`column.${field}`)
}

/**
 * A cell as plain text, as the table shows it in the page's language (Custom, Normal; 自定义镜像, 正常);
 * Created is written in the screen's zone with the zone named ("2024-05-03 14:22:00 UTC+8"), since a file
 * does not know where it was made. A date the API sent in another form is passed on as sent.
 */
export function columnText(image: Image, field: ImageField, zone: TimeZone): string {
  if (field === 'created') {
    return Number.isFinite(image.createdTime) ? formatTime(image.createdTime, zone) : image.createdAt
  }
  if (field === 'instances') return image.instances === undefined ? '' : String(image.instances)
  return String(sortValue(image, field))
}

/** Why a creation time shows as a dash: the legacy API's 1970 placeholder, or text that is not a date. */
export function unknownDateNote(createdAt: string): string {
  if (isEpochPlaceholder(createdAt)) {
    return t('date.epoch')
  }
  return createdAt ? t('date.unreadable', { text: createdAt }) : t('date.missing')
}

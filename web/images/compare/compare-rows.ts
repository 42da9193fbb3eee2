import { type TimeZone, UTC_ZONE } from '../../lib/format'
import { type MessageKey, t } from '../../lib/i18n'
import { columnText } from '../data/column-text'
import { type Image, statusDisplay, typeLabel } from '../data/image-model'
import { formatGiB } from '../drawer/image-facts'

/**
 * One field of a comparison: its label, each image's value in words, whether they differ, and whether the
 * values are the API's data (names, IDs, tags), which are never translated, rather than words of the page.
 */
export interface CompareRow {
  label: string
  values: string[]
  differs: boolean
  data: boolean
}

type Value = (image: Image, zone: TimeZone) => string
/** A field's label key, how to read its value, and whether that value is data as the API sent it. */
type Field = [label: MessageKey, value: Value, data: boolean]

const yesNo = (value: boolean | undefined) =>
  value === undefined ? '' : value ? t('drawer.supported') : t('drawer.unsupported')

const snapshots: Value = (image) =>
  (image.snapshots ?? []).map((s) => `${s.SnapshotId} (${formatGiB(s.DiskSize)})`).join(', ')
const tags: Value = (image) =>
  (image.tags ?? [])
    .map((tag) => `${tag.Key}=${tag.Value}`)
    .sort()
    .join(', ')

const FIELDS: Field[] = [
  ['column.name', (image) => image.name, true],
  ['column.id', (image) => image.id, true],
  ['column.type', (image) => typeLabel(image.type), false],
  ['column.status', (image) => statusDisplay(image.status).label, false],
  ['column.os', (image) => image.osName, true],
  ['column.platform', (image) => image.platform, true],
  ['column.arch', (image) => image.architecture, true],
  ['column.created', (image, zone) => columnText(image, 'created', zone), false],
  ['column.creator', (image) => image.creator, true],
  ['drawer.description', (image) => image.description, true],
  ['drawer.size', (image) => (image.sizeGiB === undefined ? '' : formatGiB(image.sizeGiB)), false],
  ['drawer.source', (image) => image.source ?? '', true],
  ['drawer.cloudInit', (image) => yesNo(image.cloudInit), false],
  ['drawer.licence', (image) => image.license ?? '', true],
  ['drawer.sync', (image) => (image.syncPercent === undefined ? '' : `${image.syncPercent}%`), false],
  ['drawer.snapshots', snapshots, true],
  ['drawer.tags', tags, true],
]

/**
 * One row per field for the images side by side. Fields no image has (the 3.0 ones on the legacy API)
 * are left out; times are written in `zone`; `onlyDifferences` keeps the rows whose values are not all the same.
 */
export function compareRows(
  images: readonly Image[],
  onlyDifferences = false,
  zone: TimeZone = UTC_ZONE,
): CompareRow[] {
  const rows = FIELDS.map(([label, value, data]): CompareRow => {
    const values = images.map((image) => value(image, zone))
    return { label: t(label), values, differs: new Set(values).size > 1, data }
  }).filter((row) => row.values.some((value) => value !== ''))
  return onlyDifferences ? rows.filter((row) => row.differs) : rows
}

export function differenceCount(images: readonly Image[]): number {
  return compareRows(images, true).length
}

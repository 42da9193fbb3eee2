import { formatTime, type TimeZone, UTC_ZONE } from '../../lib/format'
import { type MessageKey, t } from '../../lib/i18n'
import { type Image, statusDisplay } from '../data/image-model'
import { diskLabel, formatGiB, typeText, V3_FACT_FIELDS } from '../drawer/image-facts'

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
/** A field's label, how to read its value, and whether that value is data as the API sent it. */
type Field = [label: () => string, value: Value, data: boolean]

const field = (label: MessageKey, value: Value, data: boolean): Field => [() => t(label), value, data]

/** The state as the drawer's badges say it: "Normal", and "Deprecated" after it when the image is. */
const statusText: Value = (image) =>
  [statusDisplay(image.status).label, ...(image.deprecated ? [t('status.deprecated')] : [])].join(
    t('ui.listSeparator'),
  )
const createdText: Value = (image, zone) =>
  Number.isFinite(image.createdTime) ? formatTime(image.createdTime, zone) : '—'
const snapshots: Value = (image) =>
  (image.snapshots ?? [])
    .map((s) => {
      const facts = [diskLabel(s.DiskUsage), formatGiB(s.DiskSize)].join(t('ui.listSeparator'))
      return `${s.SnapshotId}${t('ui.aside', { text: facts })}`
    })
    .join(t('ui.listSeparator'))
const tags: Value = (image) =>
  (image.tags ?? [])
    .map((tag) => `${tag.Key}=${tag.Value}`)
    .sort()
    .join(', ')

/** Every field in the drawer's order, read with the drawer's formatters (the 3.0 ones from one list). */
const FIELDS: Field[] = [
  field('column.name', (image) => image.name, true),
  field('column.id', (image) => image.id, true),
  field('column.type', typeText, false),
  field('column.status', statusText, false),
  field('column.os', (image) => image.osName, true),
  field('column.platform', (image) => image.platform, true),
  field('column.arch', (image) => image.architecture, true),
  field('column.created', createdText, false),
  field('column.creator', (image) => image.creator, true),
  field('drawer.description', (image) => image.description, true),
  ...V3_FACT_FIELDS.map(
    (fact): Field => [fact.label, (image) => fact.value(image) ?? '', fact.data === true],
  ),
  field('drawer.sync', (image) => (image.syncPercent === undefined ? '' : `${image.syncPercent}%`), false),
  field('drawer.snapshots', snapshots, true),
  field('drawer.tags', tags, true),
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
    return { label: label(), values, differs: new Set(values).size > 1, data }
  }).filter((row) => row.values.some((value) => value !== ''))
  return onlyDifferences ? rows.filter((row) => row.differs) : rows
}

export function differenceCount(images: readonly Image[]): number {
  return compareRows(images, true).length
}

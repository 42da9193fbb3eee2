import { type TimeZone, UTC_ZONE } from '../../lib/format'
import { columnText } from '../data/column-text'
import { type Image, statusDisplay, typeLabel } from '../data/image-model'
import { formatGiB } from '../drawer/image-facts'

/** One field of a comparison: its label, each image's value in words, and whether they differ. */
export interface CompareRow {
  label: string
  values: string[]
  differs: boolean
}

type Field = [label: string, value: (image: Image, zone: TimeZone) => string]

const yesNo = (value: boolean | undefined) =>
  value === undefined ? '' : value ? 'Supported' : 'Not supported'

const FIELDS: Field[] = [
  ['Name', (image) => image.name],
  ['ID', (image) => image.id],
  ['Type', (image) => typeLabel(image.type)],
  ['Status', (image) => statusDisplay(image.status).label],
  ['OS', (image) => image.osName],
  ['Platform', (image) => image.platform],
  ['Architecture', (image) => image.architecture],
  ['Created', (image, zone) => columnText(image, 'created', zone)],
  ['Creator', (image) => image.creator],
  ['Description', (image) => image.description],
  ['Size', (image) => (image.sizeGiB === undefined ? '' : formatGiB(image.sizeGiB))],
  ['Source', (image) => image.source ?? ''],
  ['Cloud-init', (image) => yesNo(image.cloudInit)],
  ['Licence', (image) => image.license ?? ''],
  ['Sync progress', (image) => (image.syncPercent === undefined ? '' : `${image.syncPercent}%`)],
  [
    'Snapshots',
    (image) => (image.snapshots ?? []).map((s) => `${s.SnapshotId} (${formatGiB(s.DiskSize)})`).join(', '),
  ],
  [
    'Tags',
    (image) =>
      (image.tags ?? [])
        .map((tag) => `${tag.Key}=${tag.Value}`)
        .sort()
        .join(', '),
  ],
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
  const rows = FIELDS.map(([label, value]): CompareRow => {
    const values = images.map((image) => value(image, zone))
    return { label, values, differs: new Set(values).size > 1 }
  }).filter((row) => row.values.some((value) => value !== ''))
  return onlyDifferences ? rows.filter((row) => row.differs) : rows
}

export function differenceCount(images: readonly Image[]): number {
  return compareRows(images, true).length
}

import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { formatAge } from '../../lib/format'
import { renderNow } from '../../lib/hydration'
import { t } from '../../lib/i18n'
import { Badge } from '../../ui/badge'
import { CopyButton } from '../../ui/copy-button'
import { columnLabel, unknownDateNote } from '../data/column-text'
import { createdTexts } from '../data/date-display'
import { type Image, type ImageField, statusDisplay, typeLabel } from '../data/image-model'
import { useZone } from '../view-state/use-time-zone'

/** Sorting state and header handlers come from the table; the rows arrive already sorted (see sort-images). */
export const imageTableFeatures = tableFeatures({ rowSortingFeature })

const helper = createColumnHelper<typeof imageTableFeatures, Image>()

/** Cell classes by column id. */
export const COLUMN_CLASS: Record<ImageField, string> = {
  name: '',
  id: 'whitespace-nowrap',
  type: 'whitespace-nowrap',
  os: '',
  platform: 'whitespace-nowrap',
  arch: 'whitespace-nowrap',
  status: 'whitespace-nowrap',
  created: 'whitespace-nowrap',
  creator: '',
  family: '',
  instances: 'whitespace-nowrap text-right tabular-nums',
}

/**
 * The one table of column widths (the table is `table-layout: fixed`): no column sizes itself from its
 * contents, so nothing moves when rows, a language or the script's takeover change what the cells hold.
 * Each fits its header and its longest usual value in English and Chinese; the default columns with the
 * Select column add up to 1,272 px (1,432 with API 3.0's Image family), and a wider screen shares out the rest.
 */
export const SELECT_WIDTH = 'w-10'
export const COLUMN_WIDTH: Record<ImageField, string> = {
  name: 'w-52',
  id: 'w-37',
  type: 'w-23',
  os: 'w-38',
  platform: 'w-27',
  arch: 'w-29',
  status: 'w-26',
  created: 'w-48',
  creator: 'w-28',
  family: 'w-40',
  instances: 'w-24',
}

/** Columns whose cells are the API's data, which no translation (the browser's included) may touch. */
export const DATA_COLUMNS: ReadonlySet<ImageField> = new Set([
  'name',
  'id',
  'os',
  'platform',
  'arch',
  'creator',
  'family',
])

/** One line with an ellipsis; in review mode (and print) the whole text, wrapped. */
function Truncated({ text }: { text: string }) {
  return (
    <div className="truncate review:whitespace-normal review:break-words" title={text}>
      {text || '—'}
    </div>
  )
}

function CreatedCell({ image }: { image: Image }) {
  const zone = useZone()
  if (!Number.isFinite(image.createdTime)) {
    return (
      <span title={unknownDateNote(image.createdAt)} className="text-neutral-500 dark:text-neutral-400">
        —
      </span>
    )
  }
  const texts = createdTexts(image, zone)
  return (
    <div className="flex items-baseline gap-2 whitespace-nowrap tabular-nums" title={texts.full}>
      <span>{texts.short}</span>
      <span className="text-xs text-neutral-500 dark:text-neutral-400">
        {formatAge(image.createdTime, renderNow())}
      </span>
    </div>
  )
}

/** An image's instance count; a dash until the region's instances are scanned (or when they cannot be). */
function InstancesCell({ count }: { count: number | undefined }) {
  if (count === undefined) return <span className="text-neutral-500 dark:text-neutral-400">—</span>
  return <span className={count === 0 ? 'text-neutral-500 dark:text-neutral-400' : ''}>{count}</span>
}

/** "Created UTC+8": the zone every date in the column is in. */
function CreatedHeader() {
  const zone = useZone()
  // One element, so the label reads as one line ("Created UTC+8") inside the flex header button.
  return (
    <span>
      {columnLabel('created')}{' '}
      <span className="font-normal text-neutral-500 dark:text-neutral-400">{zone.label}</span>
    </span>
  )
}

/** The state, and whether the owner marked the image deprecated (3.0), as in the drawer. */
function StatusCell({ image }: { image: Image }) {
  const { label, tone } = statusDisplay(image.status)
  return (
    <div className="flex items-center gap-1.5">
      <Badge tone={tone === 'unknown' ? 'neutral' : tone} dot>
        {label}
      </Badge>
      {image.deprecated && <Badge tone="failed">{t('status.deprecated')}</Badge>}
    </div>
  )
}

/** Each column's cell for an image: the table's rows render these directly (see images-table). */
export const CELLS: Record<ImageField, (image: Image) => ReactNode> = {
  name: (image) => <Truncated text={image.name} />,
  id: (image) => (
    // Inline, not flex: the ID then sits on the row's text baseline, and the button (its margins pulled
    // in) does not make the line taller.
    <div className="whitespace-nowrap">
      <span className="font-mono text-[12.5px]">{image.id}</span>
      <CopyButton
        text={image.id}
        label={t('table.copyId', { id: image.id })}
        variant="ghost"
        size="icon"
        className="-my-1 ml-1 h-6 w-6 align-middle review:hidden"
        // One tab stop for the whole table: the row's "c" key copies its ID.
        tabIndex={-1}
      />
    </div>
  ),
  type: (image) => typeLabel(image.type),
  os: (image) => <Truncated text={image.osName} />,
  platform: (image) => image.platform,
  arch: (image) => image.architecture,
  status: (image) => <StatusCell image={image} />,
  created: (image) => <CreatedCell image={image} />,
  creator: (image) => <Truncated text={image.creator} />,
  family: (image) => <Truncated text={image.family ?? ''} />,
  instances: (image) => <InstancesCell count={image.instances} />,
}

/**
 * Every column, with the stable ids the URL, sorting and the column preferences use: the headers and the sort
 * state come from these; the cells from CELLS.
 */
export const imageColumns = helper.columns([
  helper.accessor('name', { id: 'name', header: () => columnLabel('name') }),
  helper.accessor('id', { id: 'id', header: () => columnLabel('id') }),
  helper.accessor('type', { id: 'type', header: () => columnLabel('type') }),
  helper.accessor('osName', { id: 'os', header: () => columnLabel('os') }),
  helper.accessor('platform', { id: 'platform', header: () => columnLabel('platform') }),
  helper.accessor('architecture', { id: 'arch', header: () => columnLabel('arch') }),
  helper.accessor('status', { id: 'status', header: () => columnLabel('status') }),
  helper.accessor('createdTime', {
    id: 'created',
    header: () => <CreatedHeader />,
    // Newest first is what a first click on a date is for.
    sortDescFirst: true,
  }),
  helper.accessor('creator', { id: 'creator', header: () => columnLabel('creator') }),
  helper.accessor((image) => image.family ?? '', { id: 'family', header: () => columnLabel('family') }),
  helper.accessor((image) => image.instances ?? -1, {
    id: 'instances',
    header: () => columnLabel('instances'),
    // The most used first is what a first click on a count is for.
    sortDescFirst: true,
  }),
])

/** The columns to render, in the order given. */
export function columnsFor(fields: readonly ImageField[]) {
  return fields.flatMap((field) => imageColumns.filter((column) => column.id === field))
}

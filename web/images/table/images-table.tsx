import { functionalUpdate, type SortingState, useTable } from '@tanstack/react-table'
import { type Ref, useMemo, useState } from 'react'
import { t } from '../../lib/i18n'
import { Icon } from '../../ui/icons'
import type { Image, ImageField } from '../data/image-model'
import { pageState, type Selection } from '../selection/selection'
import type { Density } from '../view-state/column-prefs'
import { PAGE_SIZES, type SortKey } from '../view-state/url-state'
import { COLUMN_CLASS, COLUMN_WIDTH, columnsFor, imageTableFeatures, SELECT_WIDTH } from './columns'
import { ImageRow } from './image-row'
import { SelectAllCell } from './select-cells'

interface ImagesTableProps {
  /** undefined while the first page loads: skeleton rows. */
  rows: Image[] | undefined
  skeletonRows: number
  sort: SortKey[]
  onSortChange: (sort: SortKey[]) => void
  /** The URL of the view sorted so: the headers are sort links, which work without the script too. */
  sortHref: (sort: SortKey[]) => string
  onOpen: (image: Image) => void
  busy: boolean
  /** The visible columns, in order. */
  columns: readonly ImageField[]
  density: Density
  selection: Selection
  onToggle: (image: Image) => void
  onTogglePage: (selected: boolean) => void
  ref?: Ref<HTMLTableElement>
}

const NO_ROWS: Image[] = []
const SKELETON_KEYS = Array.from({ length: Math.max(...PAGE_SIZES) }, (_, i) => `skeleton-${i}`)

export { rowElementId } from './image-row'

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const
const ROW_HEIGHT: Record<Density, string> = { comfortable: 'h-10', compact: 'h-7' }

/** Renders rows it is given; sorting here only changes state, the container supplies sorted rows. */
export function ImagesTable(props: ImagesTableProps) {
  const { rows, skeletonRows, sort, onSortChange, sortHref, onOpen, busy, columns, density, ref } = props
  const { selection, onToggle, onTogglePage } = props
  const visible = useMemo(() => columnsFor(columns), [columns])
  const sorting = useMemo<SortingState>(() => sort.map((key) => ({ id: key.field, desc: key.desc })), [sort])
  const table = useTable({
    features: imageTableFeatures,
    columns: visible,
    data: rows ?? NO_ROWS,
    getRowId: (image) => image.id,
    state: { sorting },
    onSortingChange: (updater) =>
      onSortChange(
        functionalUpdate(updater, sorting).map((s) => ({ field: s.id as ImageField, desc: s.desc })),
      ),
    manualSorting: true,
    sortDescFirst: false,
    enableMultiSort: true,
  })
  // Roving focus: the table is one tab stop, the row last focused (else the first); arrows move between rows.
  const [focusId, setFocusId] = useState<string | null>(null)
  const shown = rows ?? NO_ROWS
  const tabStop = focusId !== null && shown.some((image) => image.id === focusId) ? focusId : shown[0]?.id
  return (
    <table
      ref={ref}
      aria-label={t('table.label')}
      aria-busy={busy}
      // The data rows' and cells' look is in index.css (.image-table), written once rather than on 200 cells.
      data-density={density}
      className="image-table w-full table-fixed border-separate border-spacing-0 text-[13px]"
    >
      <colgroup>
        <col className={SELECT_WIDTH} />
        {columns.map((field) => (
          <col key={field} className={COLUMN_WIDTH[field]} />
        ))}
      </colgroup>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            <SelectAllCell state={pageState(selection, rows ?? NO_ROWS)} onChange={onTogglePage} />
            {group.headers.map((header) => {
              const direction = header.column.getIsSorted()
              const index = sort.length > 1 && direction ? header.column.getSortIndex() + 1 : null
              const next = header.column.getNextSortingOrder()
              const toggle = header.column.getToggleSortingHandler()
              const field = header.column.id as ImageField
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={direction ? ARIA_SORT[direction] : 'none'}
                  className={`sticky top-0 z-10 overflow-hidden border-b border-neutral-200 bg-neutral-50 p-0 text-left text-xs font-semibold text-neutral-600 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-300 ${COLUMN_CLASS[header.column.id as ImageField]}`}
                >
                  <a
                    href={sortHref(next ? [{ field, desc: next === 'desc' }] : [])}
                    // Shift adds a secondary sort in the page; a click meant for a new tab is the browser's.
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.altKey || event.button !== 0) return
                      event.preventDefault()
                      toggle?.(event)
                    }}
                    title={t('table.sortHint')}
                    className="flex h-9 w-full items-center gap-1 px-3 whitespace-nowrap hover:text-neutral-900 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 dark:hover:text-white"
                  >
                    <table.FlexRender header={header} />
                    <Icon
                      name={direction === 'asc' ? 'sortAsc' : direction === 'desc' ? 'sortDesc' : 'sortNone'}
                      className={`h-3.5 w-3.5 ${direction ? 'text-blue-600 dark:text-blue-400' : 'text-neutral-400'}`}
                    />
                    {index && (
                      <span className="text-[10px] text-blue-600 tabular-nums dark:text-blue-400">
                        {index}
                      </span>
                    )}
                  </a>
                </th>
              )
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows === undefined
          ? SKELETON_KEYS.slice(0, skeletonRows).map((key) => (
              <SkeletonRow key={key} columns={columns} height={ROW_HEIGHT[density]} />
            ))
          : shown.map((image) => (
              <ImageRow
                key={image.id}
                image={image}
                columns={columns}
                selected={selection.has(image.id)}
                tabStop={image.id === tabStop}
                height={ROW_HEIGHT[density]}
                onFocusRow={setFocusId}
                onOpen={onOpen}
                onToggle={onToggle}
              />
            ))}
      </tbody>
    </table>
  )
}

function SkeletonRow({ columns, height }: { columns: readonly ImageField[]; height: string }) {
  return (
    <tr>
      <td className={`${height} border-b border-neutral-100 dark:border-neutral-800/70`} />
      {columns.map((field, i) => (
        <td key={field} className={`${height} border-b border-neutral-100 px-3 dark:border-neutral-800/70`}>
          <div
            className="h-3 animate-pulse rounded bg-neutral-200 dark:bg-neutral-800"
            style={{ width: `${50 + ((i * 37) % 45)}%` }}
          />
        </td>
      ))}
    </tr>
  )
}

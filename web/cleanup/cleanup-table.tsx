import { columnLabel, useApi, useZone } from '../images/public'
import { t } from '../lib/i18n'
import { Badge } from '../ui/badge'
import { focusRing } from '../ui/button'
import { Icon } from '../ui/icons'
import {
  type CleanupColumn,
  type CleanupSort,
  cellText,
  cleanupColumns,
  columnTitle,
  reasonsText,
  verdictText,
} from './cleanup-rows'
import type { CleanupRow } from './use-cleanup'

const TONE = { candidate: 'failed', keep: 'ok', undecided: 'neutral' } as const
const NUMERIC: ReadonlySet<CleanupColumn> = new Set(['instances', 'shared'])
const DATA: ReadonlySet<CleanupColumn> = new Set(['name', 'id', 'family'])

function Header({
  column,
  sort,
  onSort,
}: {
  column: CleanupColumn
  sort: CleanupSort
  onSort: (sort: CleanupSort) => void
}) {
  const active = sort.column === column
  const title = columnTitle(column, columnLabel)
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
      className="sticky top-0 z-10 border-b border-neutral-200 bg-neutral-50 p-0 text-left text-xs font-semibold text-neutral-600 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-300"
    >
      <button
        type="button"
        className={`flex h-9 w-full items-center gap-1 px-3 whitespace-nowrap hover:text-neutral-900 dark:hover:text-white ${NUMERIC.has(column) ? 'justify-end' : ''} ${focusRing}`}
        onClick={() => onSort({ column, desc: active ? !sort.desc : NUMERIC.has(column) })}
      >
        {title}
        <Icon
          name={active ? (sort.desc ? 'sortDesc' : 'sortAsc') : 'sortNone'}
          className={`h-3.5 w-3.5 ${active ? 'text-blue-600 dark:text-blue-400' : 'text-neutral-400'}`}
        />
      </button>
    </th>
  )
}

function Cell({ row, column }: { row: CleanupRow; column: CleanupColumn }) {
  const zone = useZone()
  if (column === 'verdict') {
    return <Badge tone={TONE[row.decision.verdict]}>{verdictText(row.decision.verdict)}</Badge>
  }
  if (column === 'reason') return <span className="review:whitespace-normal">{reasonsText(row)}</span>
  if (column === 'id') return <span className="font-mono text-[12.5px]">{row.image.id}</span>
  return <>{cellText(row, column, zone) || '—'}</>
}

/** Every custom image with its verdict and why, sortable by any column. */
export function CleanupTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly CleanupRow[]
  sort: CleanupSort
  onSort: (sort: CleanupSort) => void
}) {
  const columns = cleanupColumns(useApi() ?? 'v3')
  return (
    <table aria-label={t('cleanup.tableLabel')} className="w-full text-sm tabular-nums">
      <thead>
        <tr>
          {columns.map((column) => (
            <Header key={column} column={column} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.image.id} className="border-b border-neutral-100 dark:border-neutral-800/70">
            {columns.map((column) => (
              <td
                key={column}
                translate={DATA.has(column) ? 'no' : undefined}
                className={`px-3 py-1.5 ${NUMERIC.has(column) ? 'text-right' : ''} ${column === 'reason' ? 'min-w-64' : column === 'name' ? 'min-w-48' : 'whitespace-nowrap'}`}
              >
                <Cell row={row} column={column} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

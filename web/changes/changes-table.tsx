import { t } from '../lib/i18n'
import { CHANGE_FIELDS, type ChangeGroup, type Changes } from './compare-records'
import type { ExportRecord, RecordField } from './export-records'

export type Shown = 'all' | ChangeGroup

/** At most this many rows on screen; the CSV holds every change. */
const ROWS_SHOWN = 300

interface Row {
  group: ChangeGroup
  record: ExportRecord
  fields: string
}

function fieldChange(field: RecordField, before: ExportRecord, after: ExportRecord): string {
  return `${t(`changes.field.${field}`)}: ${before[field] ?? ''} → ${after[field] ?? ''}`
}

function rowsOf(changes: Changes, shown: Shown): Row[] {
  const rows: Row[] = []
  if (shown === 'all' || shown === 'added') {
    rows.push(...changes.added.map((record) => ({ group: 'added' as const, record, fields: '' })))
  }
  if (shown === 'all' || shown === 'removed') {
    rows.push(...changes.removed.map((record) => ({ group: 'removed' as const, record, fields: '' })))
  }
  if (shown === 'all' || shown === 'changed') {
    for (const { before, after, fields } of changes.changed) {
      const words = CHANGE_FIELDS.filter((field) => fields.includes(field)).map((field) =>
        fieldChange(field, before, after),
      )
      rows.push({ group: 'changed', record: after, fields: words.join(t('stamp.filterSeparator')) })
    }
  }
  return rows
}

const cell = 'px-2 py-1 text-left align-top'

/** The changes of the group shown, one row per image: what happened to it, its ID and name, and what changed. */
export function ChangesTable({ changes, shown }: { changes: Changes; shown: Shown }) {
  const rows = rowsOf(changes, shown)
  if (rows.length === 0)
    return <p className="text-sm text-neutral-600 dark:text-neutral-400">{t('changes.noneInGroup')}</p>
  return (
    <div className="overflow-x-auto">
      <table aria-label={t('changes.table')} className="w-full text-sm">
        <thead className="text-xs text-neutral-600 dark:text-neutral-400">
          <tr>
            <th scope="col" className={cell}>
              {t('changes.col.change')}
            </th>
            <th scope="col" className={cell}>
              {t('column.id')}
            </th>
            <th scope="col" className={cell}>
              {t('column.name')}
            </th>
            <th scope="col" className={cell}>
              {t('changes.col.fields')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, ROWS_SHOWN).map((row) => (
            <tr
              key={`${row.group}-${row.record.id}`}
              className="border-t border-neutral-200 dark:border-neutral-800"
            >
              <td className={`${cell} whitespace-nowrap`}>{t(`changes.group.${row.group}`)}</td>
              <td className={`${cell} font-mono text-xs whitespace-nowrap`} translate="no">
                {row.record.id}
              </td>
              <td className={`${cell} break-words`}>{row.record.name ?? ''}</td>
              <td className={`${cell} break-words`}>{row.fields}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > ROWS_SHOWN && (
        <p className="pt-1 text-xs text-neutral-600 dark:text-neutral-400">
          {t('changes.more', { shown: ROWS_SHOWN, total: rows.length })}
        </p>
      )}
    </div>
  )
}

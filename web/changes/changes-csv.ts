import { csvLines } from '../lib/csv'
import { CHANGE_FIELDS, type ChangeGroup, type Changes } from './compare-records'
import type { ExportRecord, RecordField } from './export-records'

/** The words of the changes file, in the page's language (or the review bundle's). */
export interface ChangeWords {
  /** Change, ID, Name, Field, Before, After */
  header: readonly [string, string, string, string, string, string]
  group: Record<ChangeGroup, string>
  field: Record<RecordField, string>
}

/**
 * The changes as CSV: one line per added or removed image, and one per changed field of a changed image
 * (with its value before and after), so a script can filter on any column. Pure.
 */
export function changesCsv(changes: Changes, words: ChangeWords): string {
  const whole = (group: ChangeGroup, record: ExportRecord) => [
    words.group[group],
    record.id,
    record.name ?? '',
    '',
    '',
    '',
  ]
  const lines = [
    [...words.header],
    ...changes.added.map((record) => whole('added', record)),
    ...changes.removed.map((record) => whole('removed', record)),
    ...changes.changed.flatMap(({ before, after, fields }) =>
      CHANGE_FIELDS.filter((field) => fields.includes(field)).map((field) => [
        words.group.changed,
        after.id,
        after.name ?? before.name ?? '',
        words.field[field],
        before[field] ?? '',
        after[field] ?? '',
      ]),
    ),
  ]
  return csvLines(lines)
}

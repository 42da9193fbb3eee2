import type { ExportRecord, RecordField } from './export-records'

/** The fields a change names, in this order; each compared only when both sides have it. */
export const CHANGE_FIELDS: readonly RecordField[] = [
  'name',
  'state',
  'family',
  'deprecated',
  'sharedWith',
  'instances',
]

export interface ChangedRecord {
  before: ExportRecord
  after: ExportRecord
  fields: RecordField[]
}

export interface Changes {
  /** In the newer set only, in its order. */
  added: ExportRecord[]
  /** In the earlier set only (no longer in the API's answer), in its order. */
  removed: ExportRecord[]
  changed: ChangedRecord[]
}

export type ChangeGroup = keyof Changes
export const CHANGE_GROUPS: readonly ChangeGroup[] = ['added', 'removed', 'changed']

/** What changed between an earlier export and now, by image ID. Pure. */
export function compareRecords(before: readonly ExportRecord[], after: readonly ExportRecord[]): Changes {
  const earlier = new Map(before.map((record) => [record.id, record]))
  const now = new Set(after.map((record) => record.id))
  const changed: ChangedRecord[] = []
  const added: ExportRecord[] = []
  for (const record of after) {
    const old = earlier.get(record.id)
    if (!old) {
      added.push(record)
      continue
    }
    const fields = CHANGE_FIELDS.filter(
      (field) => old[field] !== undefined && record[field] !== undefined && old[field] !== record[field],
    )
    if (fields.length > 0) changed.push({ before: old, after: record, fields })
  }
  return { added, removed: before.filter((record) => !now.has(record.id)), changed }
}

export const changeCount = (changes: Changes) =>
  changes.added.length + changes.removed.length + changes.changed.length

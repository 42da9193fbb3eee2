import { isRecord } from '../../core/json'
import { images as enImages } from '../locales/en/images'
import { view as enView } from '../locales/en/view'
import { images as zhImages } from '../locales/zh-CN/images'
import { view as zhView } from '../locales/zh-CN/view'

/**
 * One image of an export file, as the comparison reads it: the fields it compares, as text. A field the file
 * does not have is absent (a legacy export has no family; Instances and SharedWith come only with the
 * instance scan), and is then not compared. Pure; it reads the app's JSON (the API's records) and CSV (the
 * table's columns, headed in English or Chinese) alike.
 */
export interface ExportRecord {
  id: string
  name?: string
  state?: string
  family?: string
  deprecated?: string
  sharedWith?: string
  instances?: string
}

export type RecordField = Exclude<keyof ExportRecord, 'id'>

export class ExportReadError extends Error {
  constructor(readonly reason: 'not-json' | 'not-export') {
    super(reason)
  }
}

const text = (value: unknown) =>
  value === undefined || value === null ? undefined : Array.isArray(value) ? listText(value) : String(value)
/** A list (SharedWith's accounts) compares as a set: sorted, one text. */
const listText = (values: unknown[]) => values.map(String).sort().join(' ')

function fromRaw(raw: Record<string, unknown>): ExportRecord {
  const record: ExportRecord = { id: String(raw.ImageId) }
  const fields: [RecordField, unknown][] = [
    ['name', raw.ImageName],
    ['state', raw.ImageState ?? raw.ImageStatus],
    ['family', raw.ImageFamily],
    ['deprecated', raw.ImageDeprecated],
    ['sharedWith', raw.SharedWith],
    ['instances', raw.Instances],
  ]
  for (const [field, value] of fields) {
    const written = text(value)
    if (written !== undefined) record[field] = written
  }
  return record
}

/** The records of a JSON export: the API's images as an array. */
export function recordsFromJson(value: unknown): ExportRecord[] {
  if (!Array.isArray(value) || !value.every((item) => isRecord(item) && typeof item.ImageId === 'string')) {
    throw new ExportReadError('not-export')
  }
  return value.map((item) => fromRaw(item as Record<string, unknown>))
}

/** Each header of the table's columns, in both languages, to the field it is; Instances and Shared with too. */
const HEADERS = new Map<string, RecordField | 'id'>([
  ...[enImages, zhImages].flatMap((words): [string, RecordField | 'id'][] => [
    [words['column.id'], 'id'],
    [words['column.name'], 'name'],
    [words['column.status'], 'state'],
  ]),
  [enView['column.family'], 'family'],
  [zhView['column.family'], 'family'],
  ['Instances', 'instances'],
  ['实例数', 'instances'],
  ['Shared with', 'sharedWith'],
  ['共享账号', 'sharedWith'],
])

/** A state as the table writes it ("Normal", 正常) back to Tencent's code, so CSV and JSON compare alike. */
const STATE_CODES = new Map<string, string>(
  [enImages, zhImages].flatMap((words) =>
    Object.entries(words)
      .filter(([key]) => key.startsWith('status.') && key !== 'status.unknown')
      .map(([key, label]): [string, string] => [String(label), key.slice('status.'.length)]),
  ),
)

/** RFC 4180 rows; a leading apostrophe the export put before a formula character is taken off. */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell.replace(/^'(?=[=+\-@\t\r])/, ''))
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
  }
  const source = input.replace(/^\uFEFF/, '')
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string
    if (quoted && char === '"' && source[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') quoted = !quoted
    else if (quoted) cell += char
    else if (char === ',') endCell()
    else if (char === '\n') endRow()
    else if (char !== '\r') cell += char
  }
  if (cell !== '' || row.length > 0) endRow()
  return rows
}

/** The records of a CSV export, by its header; an ID column is needed. */
export function recordsFromCsv(input: string): ExportRecord[] {
  const [header = [], ...rows] = parseCsv(input)
  const fields = header.map((label) => HEADERS.get(label.trim()))
  const idAt = fields.indexOf('id')
  if (idAt < 0) throw new ExportReadError('not-export')
  return rows
    .filter((cells) => (cells[idAt] ?? '').startsWith('img-'))
    .map((cells) => {
      const record: ExportRecord = { id: cells[idAt] as string }
      fields.forEach((field, index) => {
        if (!field || field === 'id') return
        const value = cells[index] ?? ''
        record[field] = field === 'state' ? (STATE_CODES.get(value) ?? value) : value
      })
      return record
    })
}

/** A file's records by its content: JSON when it starts as JSON does, else CSV. */
export function readExport(content: string): ExportRecord[] {
  const trimmed = content.replace(/^\uFEFF/, '').trimStart()
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return recordsFromCsv(content)
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch {
    throw new ExportReadError('not-json')
  }
  return recordsFromJson(parsed)
}

import type { TimeZone } from '../../lib/format'
import { COLUMN_LABELS, columnText } from '../data/column-text'
import type { Image, ImageField } from '../data/image-model'

/**
 * The export files, as pure functions of the images (all pages, already in the view's sort) and the
 * visible columns. CSV is for Excel and scripts: RFC 4180 with a UTF-8 BOM, so Chinese names open
 * correctly, and nothing but the header and one line per image, so every line is data. The context of
 * an export (region, filters, time) travels in its file name, and in the Markdown table's caption.
 */

/** Excel runs a cell starting with one of these as a formula; a leading apostrophe keeps it text (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function toCsv(images: readonly Image[], columns: readonly ImageField[], zone: TimeZone): string {
  const lines = [
    columns.map((field) => csvCell(COLUMN_LABELS[field])),
    ...images.map((image) => columns.map((field) => csvCell(columnText(image, field, zone)))),
  ]
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`
}

/** The images exactly as the API returned them. */
export function toJson(images: readonly Image[]): string {
  return `${JSON.stringify(
    images.map((image) => image.raw),
    null,
    2,
  )}\n`
}

function markdownCell(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ').trim() || ' '
}

/** A GitHub-flavoured table under a caption that says what it shows. */
export function toMarkdown(
  images: readonly Image[],
  columns: readonly ImageField[],
  caption: string,
  zone: TimeZone,
): string {
  const row = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`
  return [
    `_${markdownCell(caption).replaceAll('_', '\\_')}_`,
    '',
    row(columns.map((field) => COLUMN_LABELS[field])),
    `|${columns.map(() => ' --- |').join('')}`,
    ...images.map((image) => row(columns.map((field) => columnText(image, field, zone)))),
    '',
  ].join('\n')
}

export interface ExportNameParts {
  region: string
  /** The filters (or looked-up IDs) in words, one entry each: ["type custom shared", "name web"]. */
  filters: string[]
  time: number
}

/** Letters and digits of any script survive; everything else becomes one dash. */
function slug(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
}

function compactUtc(time: number): string {
  return `${new Date(time).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

/** "cvm-images_ap-guangzhou_type-custom-shared_name-web_20250601T102231Z.csv" */
export function exportFileName(parts: ExportNameParts, extension: 'csv' | 'json'): string {
  const words = parts.filters.map(slug).filter((word) => word !== '')
  const filter = words.join('_').slice(0, 80).replace(/[-_]$/, '') || 'all'
  return `cvm-images_${parts.region}_${filter}_${compactUtc(parts.time)}.${extension}`
}

import type { ImageType } from '../../../core/describe-images'
import { csvLines } from '../../lib/csv'
import type { TimeZone } from '../../lib/format'
import { columnLabel, columnText } from '../data/column-text'
import type { Image, ImageField } from '../data/image-model'
import { CHIP_FIELD_FACTS } from '../filters/chip-fields'
import { activeChips, chipValues, type FilterValues } from '../filters/filter-chips'
import { isMoreNameChip } from '../filters/name-chips'
import { isTagChip, tagKeyOf } from '../filters/tag-chips'
import type { CreatedFilter } from '../local-filters/created-range'
import { activeLocalFilters, type LocalFilters } from '../local-filters/local-filters'
import { TYPE_WORDS } from '../view-state/filter-params'

/**
 * The export files, as pure functions of the images (all pages, already in the view's sort) and the
 * visible columns. CSV is for Excel and scripts: RFC 4180 with a UTF-8 BOM, so Chinese names open
 * correctly, and nothing but the header and one line per image, so every line is data. Headers and cells
 * are in the page's language, as on screen. The context of an export (region, filters, time) travels in its
 * file name, whose words do not depend on the language, and in the Markdown table's caption.
 */

export function toCsv(images: readonly Image[], columns: readonly ImageField[], zone: TimeZone): string {
  return csvLines([
    columns.map((field) => columnLabel(field)),
    ...images.map((image) => columns.map((field) => columnText(image, field, zone))),
  ])
}

/** One image as the JSON export writes it: as the API sent it, with `Instances` when the scan's count is known. */
export const exportedRaw = (image: Image): Record<string, unknown> =>
  image.instances === undefined ? image.raw : { ...image.raw, Instances: image.instances }

/**
 * The images exactly as the API returned them, with `Instances` (the scan's count) added when the view showed
 * that column.
 */
export function toJson(images: readonly Image[]): string {
  return `${JSON.stringify(images.map(exportedRaw), null, 2)}\n`
}

export function markdownCell(value: string): string {
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
    row(columns.map(columnLabel)),
    `|${columns.map(() => ' --- |').join('')}`,
    ...images.map((image) => row(columns.map((field) => columnText(image, field, zone)))),
    '',
  ].join('\n')
}

/** The chips as words for a file name: ["type custom shared", "name web", "tag env prod"]. */
export function filterWords(filters: FilterValues): string[] {
  return activeChips(filters).map((chip) => {
    const field = isTagChip(chip)
      ? `tag ${tagKeyOf(chip)}`
      : isMoreNameChip(chip)
        ? 'name'
        : CHIP_FIELD_FACTS[chip].fileWord
    const values = chipValues(filters, chip).map((value) =>
      chip === 'type' ? TYPE_WORDS[value as ImageType] : value,
    )
    return [field, ...values].join(' ')
  })
}

/** A preset as the link has it ("created 30d"), fixed days as they are. */
function createdWords(range: CreatedFilter): string {
  if (typeof range === 'string') return `created ${range}`
  if (range.from !== null && range.to !== null) return `created ${range.from} ${range.to}`
  return range.from !== null ? `created since ${range.from}` : `created until ${range.to ?? ''}`
}

/** The browser-side filters as words for a file name: ["status normal", "created since 2026-09-01"]. */
export function localFilterWords(filters: LocalFilters): string[] {
  return activeLocalFilters(filters).map((id) => {
    if (id === 'created') return filters.created ? createdWords(filters.created) : ''
    return [id, ...filters[id]].join(' ')
  })
}

export interface ExportNameParts {
  region: string
  /** The filters (or looked-up IDs) in words, one entry each: ["type custom shared", "name web"]. */
  filters: string[]
  /** The browser-side filters in words (localFilterWords); never cut, since the rows depend on them. */
  local?: string[]
  time: number
}

/** Letters and digits of any script survive; everything else becomes one dash. */
function slug(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
}

export function compactUtc(time: number): string {
  return `${new Date(time).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

const slugs = (words: readonly string[]) => words.map(slug).filter((word) => word !== '')

/** "cvm-images_ap-guangzhou_type-custom-shared_name-web_status-normal_20250601T102231Z.csv" */
export function exportFileName(parts: ExportNameParts, extension: 'csv' | 'json'): string {
  const api = slugs(parts.filters).join('_').slice(0, 80).replace(/[-_]$/, '')
  const filter = [api, ...slugs(parts.local ?? [])].filter((word) => word !== '').join('_') || 'all'
  return `cvm-images_${parts.region}_${filter}_${compactUtc(parts.time)}.${extension}`
}

/** The changes between an earlier review bundle and the one being made, as point 2 of the app shows them. */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type ChangeWords, changesCsv } from '../../web/changes/changes-csv.js'
import { compareRecords } from '../../web/changes/compare-records.js'
import { fileWarnings } from '../../web/changes/export-file-name.js'
import { type ExportRecord, recordsFromJson } from '../../web/changes/export-records.js'
import { images as enImages } from '../../web/locales/en/images.js'
import { summary as en } from '../../web/locales/en/summary.js'
import { images as zhImages } from '../../web/locales/zh-CN/images.js'
import { summary as zh } from '../../web/locales/zh-CN/summary.js'
import type { ReportChanges } from './review-report.js'
import { type ShotLanguage, UsageError } from './screenshot-states.js'

export interface BundleFacts {
  folder: string
  records: ExportRecord[]
  /** The browser's name of the earlier JSON export (its region and filters), when its bundle.json says. */
  exportName: string | null
  time: string | null
}

/** An earlier bundle's images.json and bundle.json; a folder without images.json is not a bundle. */
export async function readBundle(folder: string): Promise<BundleFacts> {
  let images: string
  try {
    images = await readFile(path.join(folder, 'images.json'), 'utf8')
  } catch {
    throw new UsageError(`--since ${folder} holds no images.json: not a review bundle`)
  }
  const facts = (await readFile(path.join(folder, 'bundle.json'), 'utf8')
    .then((text) => JSON.parse(text) as { exportNames?: string[]; time?: string })
    .catch(() => ({}))) as { exportNames?: string[]; time?: string }
  return {
    folder,
    records: recordsFromJson(JSON.parse(images)),
    exportName: facts.exportNames?.[1] ?? null,
    time: facts.time ?? null,
  }
}

function words(lang: ShotLanguage): ChangeWords {
  const [text, image] = lang === 'zh-CN' ? [zh, zhImages] : [en, enImages]
  return {
    header: [
      text['changes.col.change'],
      image['column.id'],
      image['column.name'],
      text['changes.col.fields'],
      text['changes.before'],
      text['changes.after'],
    ],
    group: {
      added: text['changes.group.added'],
      removed: text['changes.group.removed'],
      changed: text['changes.group.changed'],
    },
    field: {
      name: text['changes.field.name'],
      state: text['changes.field.state'],
      family: text['changes.field.family'],
      deprecated: text['changes.field.deprecated'],
      sharedWith: text['changes.field.sharedWith'],
      instances: text['changes.field.instances'],
    },
  }
}

/** Compares the new bundle's images.json with the earlier one's, writes changes.csv, and says what changed. */
export async function compareBundles(
  earlier: BundleFacts,
  dir: string,
  exportName: string,
  lang: ShotLanguage,
): Promise<ReportChanges> {
  const now = recordsFromJson(JSON.parse(await readFile(path.join(dir, 'images.json'), 'utf8')))
  const changes = compareRecords(earlier.records, now)
  await writeFile(path.join(dir, 'changes.csv'), changesCsv(changes, words(lang)))
  const warnings = earlier.exportName
    ? fileWarnings(earlier.exportName, exportName).map((warning) =>
        warning.kind === 'unnamed'
          ? en['changes.warnName']
          : warning.kind === 'region'
            ? en['changes.warnRegion'](warning)
            : en['changes.warnFilters'](warning),
      )
    : [en['changes.warnName']]
  return { since: earlier.folder, sinceTime: earlier.time, changes, warnings }
}

/**
 * What an export's file name says of it (export-formats.ts writes it): the region, the filters as one slug
 * ("type-custom_name-web", "all") and the time, from "cvm-images_ap-guangzhou_type-custom_20261101T090000Z.csv".
 * Null for a name in another shape (a renamed file): its region and filters are then not known. Pure.
 */
export interface ExportNameFacts {
  region: string
  filters: string
  /** Milliseconds since the epoch. */
  time: number
}

const NAME =
  /^cvm-images_([a-z]+(?:-[a-z]+)+(?:-\d+)?|unknown-region)_(.+)_(\d{8}T\d{6}Z)(?: \(\d+\))?\.(csv|json)$/

export function parseExportName(fileName: string): ExportNameFacts | null {
  const match = NAME.exec(fileName.trim())
  if (!match) return null
  const [, region = '', filters = '', stamp = ''] = match
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`
  return { region, filters, time: Date.parse(iso) }
}

export type FileWarning =
  | { kind: 'region'; file: string; view: string }
  | { kind: 'filters'; file: string; view: string }
  | { kind: 'unnamed' }

/** How the file's region and filters differ from the view's (whose own export name is `viewName`). */
export function fileWarnings(fileName: string, viewName: string): FileWarning[] {
  const file = parseExportName(fileName)
  const view = parseExportName(viewName)
  if (!file || !view) return [{ kind: 'unnamed' }]
  const warnings: FileWarning[] = []
  if (file.region !== view.region) warnings.push({ kind: 'region', file: file.region, view: view.region })
  if (file.filters !== view.filters)
    warnings.push({ kind: 'filters', file: file.filters, view: view.filters })
  return warnings
}

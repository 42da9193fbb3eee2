import { DEFAULT_COLUMNS, IMAGE_FIELDS, type ImageField } from '../data/image-model'

/**
 * Column preferences: which columns show, in which order, and how dense the rows are. The URL carries
 * them (`cols=name,id,status`, `density=compact`) so a link shows the same table; the browser keeps the
 * user's own choice between visits.
 */
export const DENSITIES = ['comfortable', 'compact'] as const
export type Density = (typeof DENSITIES)[number]
export const DEFAULT_DENSITY: Density = 'comfortable'

export interface ColumnPrefs {
  /** The visible columns in order; null when nothing was chosen (DEFAULT_COLUMNS). */
  cols: ImageField[] | null
  density: Density | null
}

export const NO_PREFS: ColumnPrefs = { cols: null, density: null }

function isField(value: string): value is ImageField {
  return (IMAGE_FIELDS as readonly string[]).includes(value)
}

/** "name,id,status" → the known, distinct fields in order; null when none is left or it is the default. */
export function parseColumns(values: readonly string[]): ImageField[] | null {
  const fields = [...new Set(values.flatMap((value) => value.split(',')).map((part) => part.trim()))]
  const known = fields.filter(isField)
  return known.length > 0 ? normalizeColumns(known) : null
}

export function parseDensity(value: string | null | undefined): Density | null {
  return DENSITIES.find((density) => density === value) ?? null
}

export function isDefaultColumns(cols: readonly ImageField[]): boolean {
  return cols.length === DEFAULT_COLUMNS.length && cols.every((field, i) => field === DEFAULT_COLUMNS[i])
}

/** The choice as the URL and storage keep it: the default becomes null, so it is left out. */
export function normalizeColumns(cols: readonly ImageField[]): ImageField[] | null {
  return isDefaultColumns(cols) ? null : [...cols]
}

/** The list the Columns menu shows: the visible columns in order, then the hidden ones in default order. */
export function menuOrder(cols: readonly ImageField[]): ImageField[] {
  return [...cols, ...IMAGE_FIELDS.filter((field) => !cols.includes(field))]
}

/** Shows a hidden column (at the end) or hides a visible one; the last visible column stays. */
export function toggleColumn(cols: readonly ImageField[], field: ImageField): ImageField[] {
  if (!cols.includes(field)) return [...cols, field]
  return cols.length > 1 ? cols.filter((visible) => visible !== field) : [...cols]
}

/** Moves a visible column one place earlier (-1) or later (+1); at either end nothing changes. */
export function moveColumn(cols: readonly ImageField[], field: ImageField, step: -1 | 1): ImageField[] {
  const from = cols.indexOf(field)
  const to = from + step
  if (from < 0 || to < 0 || to >= cols.length) return [...cols]
  const next = [...cols]
  next[from] = next[to] as ImageField
  next[to] = field
  return next
}

/** Reads what the browser stored; anything unreadable counts as no preference. */
export function parseStoredPrefs(stored: string | null): ColumnPrefs {
  if (!stored) return NO_PREFS
  try {
    const value: unknown = JSON.parse(stored)
    if (typeof value !== 'object' || value === null) return NO_PREFS
    const { cols, density } = value as Record<string, unknown>
    return {
      cols: typeof cols === 'string' ? parseColumns([cols]) : null,
      density: parseDensity(typeof density === 'string' ? density : null),
    }
  } catch {
    return NO_PREFS
  }
}

export function formatStoredPrefs(prefs: ColumnPrefs): string {
  return JSON.stringify({ cols: prefs.cols?.join(',') ?? null, density: prefs.density })
}

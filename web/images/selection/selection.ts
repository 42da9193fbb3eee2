import type { Image } from '../data/image-model'
import { applyLocalFilters, type LocalFilters } from '../local-filters/local-filters'

/**
 * The selected images, by ID in the order picked, each with the image as last seen, so the selection
 * outlives the page it was made on (paging, sorting, filtering) and can be exported or compared as is.
 */
export type Selection = ReadonlyMap<string, Image>

export const NO_SELECTION: Selection = new Map()

/** The header checkbox: every row of the page selected, some of them, or none. */
export type PageState = 'all' | 'some' | 'none'

export function toggleImage(selection: Selection, image: Image): Selection {
  const next = new Map(selection)
  if (next.has(image.id)) next.delete(image.id)
  else next.set(image.id, image)
  return next
}

/** Selects (or unselects) every image of a page, leaving the rest of the selection alone. */
export function setPageSelected(selection: Selection, page: readonly Image[], selected: boolean): Selection {
  const next = new Map(selection)
  for (const image of page) {
    if (selected) next.set(image.id, next.get(image.id) ?? image)
    else next.delete(image.id)
  }
  return next
}

export function pageState(selection: Selection, page: readonly Image[]): PageState {
  const count = page.filter((image) => selection.has(image.id)).length
  if (count === 0) return 'none'
  return count === page.length ? 'all' : 'some'
}

/** Images seen again (a refresh) replace the stored copies, so exports and comparisons are current. */
export function refreshSelected(selection: Selection, seen: readonly Image[]): Selection {
  if (!seen.some((image) => selection.has(image.id) && selection.get(image.id) !== image)) return selection
  const next = new Map(selection)
  for (const image of seen) if (next.has(image.id)) next.set(image.id, image)
  return next
}

export function selectedImages(selection: Selection): Image[] {
  return [...selection.values()]
}

/**
 * The selected images the browser-side filters let through, in the order picked (what the screen can show
 * of the selection), and how many of the selection they hide.
 */
export function shownSelection(
  selection: Selection,
  local: LocalFilters,
): { images: Image[]; hidden: number } {
  const images = applyLocalFilters(selectedImages(selection), local)
  return { images, hidden: selection.size - images.length }
}

/** One ID per line, in the order given, for pasting into a terminal or a ticket. */
export function formatSelectedIds(images: readonly Image[]): string {
  return images.map((image) => image.id).join('\n')
}

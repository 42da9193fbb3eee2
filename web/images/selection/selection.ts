import type { Image } from '../data/image-model'

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

/** One ID per line, in the order picked, for pasting into a terminal or a ticket. */
export function formatSelectedIds(selection: Selection): string {
  return [...selection.keys()].join('\n')
}

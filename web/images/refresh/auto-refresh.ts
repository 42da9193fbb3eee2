import type { Image } from '../data/image-model'

/** How often Auto-refresh asks again while images are in progress. */
export const AUTO_REFRESH_MS = 15_000
export const AUTO_REFRESH_KEY = 'cvm-images:auto-refresh'

const IN_PROGRESS = new Set(['CREATING', 'SYNCING', 'IMPORTING'])

/** Images whose state will change by itself: the only ones worth refreshing for. */
export function hasImagesInProgress(images: readonly Image[] | undefined): boolean {
  return (images ?? []).some((image) => IN_PROGRESS.has(image.status))
}

/** Off unless the user turned it on; storage that fails (private mode) reads as off. */
export function readAutoRefresh(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(AUTO_REFRESH_KEY) === 'on'
  } catch {
    return false
  }
}

export function writeAutoRefresh(storage: Pick<Storage, 'setItem'> | undefined, on: boolean): void {
  try {
    storage?.setItem(AUTO_REFRESH_KEY, on ? 'on' : 'off')
  } catch {
    // Not remembered; the switch still works for this page.
  }
}

/** Whether a tick should refresh: switched on, something in progress on screen, and the tab visible. */
export function shouldAutoRefresh(
  on: boolean,
  inProgress: boolean,
  visibility: DocumentVisibilityState,
): boolean {
  return on && inProgress && visibility === 'visible'
}

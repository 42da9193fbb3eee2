import { useEffect, useMemo } from 'react'
import { useBrowserValue } from '../../lib/hydration'
import { DEFAULT_COLUMNS, type ImageField, V3_ONLY_FIELDS } from '../data/image-model'
import { useApi } from '../data/use-api-view'
import {
  type ColumnPrefs,
  DEFAULT_DENSITY,
  type Density,
  formatStoredPrefs,
  NO_PREFS,
  normalizeColumns,
  parseStoredPrefs,
} from '../view-state/column-prefs'
import type { ViewState } from '../view-state/url-state'
import type { ViewUpdate } from '../view-state/use-view-state'

const STORAGE_KEY = 'cvm-image-browser.columns'

function readStored(): ColumnPrefs {
  try {
    return parseStoredPrefs(window.localStorage.getItem(STORAGE_KEY))
  } catch {
    return NO_PREFS
  }
}

type Update = (change: ViewUpdate, options?: { replace?: boolean }) => void

/**
 * The columns and density on screen: the URL's when it has them (a shared link), else the user's saved
 * choice, else every column, comfortable. The saved choice is copied into the URL, so any link copied
 * from this screen shows the same table.
 */
export function useColumnPrefs(view: ViewState, update: Update) {
  const [stored, setStored] = useBrowserValue(readStored, NO_PREFS)
  const legacy = useApi() === 'legacy'
  // The legacy API has no such fields: their columns would only ever show dashes.
  const chosen = view.cols ?? stored.cols ?? DEFAULT_COLUMNS
  // One array per choice, not per render: the table rebuilds its columns when this changes.
  const columns = useMemo(
    () => chosen.filter((field) => !(legacy && V3_ONLY_FIELDS.includes(field))),
    [chosen, legacy],
  )
  const density = view.density ?? stored.density ?? DEFAULT_DENSITY
  const notInUrl =
    (view.cols === null && stored.cols !== null) || (view.density === null && stored.density !== null)

  useEffect(() => {
    if (!notInUrl) return
    update(
      (current) => ({
        ...current,
        cols: current.cols ?? stored.cols,
        density: current.density ?? stored.density,
      }),
      { replace: true },
    )
  }, [notInUrl, stored, update])

  const save = (next: ColumnPrefs) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, formatStoredPrefs(next))
    } catch {
      // Storage can be full or switched off; the choice still holds for this page and its links.
    }
    setStored(next)
    update((current) => ({ ...current, cols: next.cols, density: next.density }))
  }

  return {
    columns,
    density,
    setColumns: (cols: readonly ImageField[]) =>
      save({ cols: normalizeColumns(cols), density: density === DEFAULT_DENSITY ? null : density }),
    setDensity: (next: Density) =>
      save({ cols: normalizeColumns(chosen), density: next === DEFAULT_DENSITY ? null : next }),
    reset: () => save(NO_PREFS),
  }
}

export type ColumnPrefsControl = ReturnType<typeof useColumnPrefs>

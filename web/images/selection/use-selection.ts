import { useCallback, useEffect, useState } from 'react'
import type { Image } from '../data/image-model'
import { NO_SELECTION, refreshSelected, type Selection, setPageSelected, toggleImage } from './selection'

export interface SelectionControl {
  selection: Selection
  toggle: (image: Image) => void
  setPage: (selected: boolean) => void
  clear: () => void
}

/**
 * The selection of the image browser. It survives paging, sorting and filtering; a new region starts an
 * empty one, since IDs belong to a region. Rows seen again replace the selected copies (a refresh).
 */
export function useSelection(region: string | null, rows: Image[] | undefined): SelectionControl {
  const [selection, setSelection] = useState<Selection>(NO_SELECTION)
  const [forRegion, setForRegion] = useState(region)
  if (forRegion !== region) {
    setForRegion(region)
    setSelection(NO_SELECTION)
  }
  useEffect(() => {
    if (rows) setSelection((current) => refreshSelected(current, rows))
  }, [rows])
  const toggle = useCallback((image: Image) => setSelection((current) => toggleImage(current, image)), [])
  const setPage = useCallback(
    (selected: boolean) => setSelection((current) => setPageSelected(current, rows ?? [], selected)),
    [rows],
  )
  const clear = useCallback(() => setSelection(NO_SELECTION), [])
  return { selection, toggle, setPage, clear }
}

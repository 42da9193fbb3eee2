import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { formatViewState, parseViewState, type ViewState } from './url-state'

/** Fired after our own pushState/replaceState, which (unlike Back and Forward) raise no popstate. */
const CHANGE_EVENT = 'viewstatechange'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

const readSearch = () => window.location.search

export type ViewUpdate = (view: ViewState) => ViewState

/**
 * The view state held in the URL. Each update is one history entry, so Back and Forward step through
 * views; `replace` rewrites the current entry (for corrections the user did not ask for).
 */
export function useViewState() {
  const search = useSyncExternalStore(subscribe, readSearch)
  const view = useMemo(() => parseViewState(search), [search])
  const update = useCallback((change: ViewUpdate, options: { replace?: boolean } = {}) => {
    const { location, history } = window
    const next = formatViewState(
      change(parseViewState(location.search)),
      new URLSearchParams(location.search),
    )
    if (next === location.search) return
    const url = `${location.pathname}${next}${location.hash}`
    if (options.replace) history.replaceState(null, '', url)
    else history.pushState(null, '', url)
    window.dispatchEvent(new Event(CHANGE_EVENT))
  }, [])
  return { view, update }
}

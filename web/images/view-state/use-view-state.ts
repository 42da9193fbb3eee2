import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react'
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

/** The query string of the page the server renders; null in the browser, which reads its own location. */
export const ServerSearchContext = createContext<string | null>(null)

/** The query string the page was opened with: the server's copy while rendering there, else the browser's. */
export function useOpeningSearch(): string {
  return useContext(ServerSearchContext) ?? readSearch()
}

export type ViewUpdate = (view: ViewState) => ViewState

export interface UpdateOptions {
  /** Rewrite the current entry instead of adding one. */
  replace?: boolean
  /** Kept with the entry (history.state), to recognise it later. */
  mark?: Record<string, string>
}

/** The mark of the current history entry, if it has one. */
export function currentMark(): Record<string, unknown> | null {
  const state: unknown = window.history.state
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : null
}

/**
 * The view state held in the URL. Each update is one history entry, so Back and Forward step through
 * views; `replace` rewrites the current entry (for corrections the user did not ask for).
 */
export function useViewState() {
  const serverSearch = useContext(ServerSearchContext)
  // While hydrating, React reads the server snapshot: the same URL the server rendered.
  const search = useSyncExternalStore(subscribe, readSearch, () => serverSearch ?? readSearch())
  const view = useMemo(() => parseViewState(search), [search])
  const update = useCallback((change: ViewUpdate, options: UpdateOptions = {}) => {
    const { location, history } = window
    const next = formatViewState(
      change(parseViewState(location.search)),
      new URLSearchParams(location.search),
    )
    if (next === location.search) return
    const url = `${location.pathname}${next}${location.hash}`
    if (options.replace) history.replaceState(options.mark ?? null, '', url)
    else history.pushState(options.mark ?? null, '', url)
    window.dispatchEvent(new Event(CHANGE_EVENT))
  }, [])
  return { view, update }
}

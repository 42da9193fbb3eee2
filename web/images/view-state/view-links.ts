import type { MouseEvent } from 'react'
import { inPage } from '../../ui/in-page-link'
import { formatViewState, type ViewState } from './url-state'
import { type UpdateOptions, useOpeningSearch, type ViewUpdate } from './use-view-state'

/**
 * The first screen's controls are links and GET forms, so they work before the script and without it; the
 * script takes each over for in-page navigation. These build their URLs from the view the screen shows.
 */

/** The URL of the view `change` makes of `view`; parameters the view does not own (the language) kept. */
export function viewHref(view: ViewState, change: ViewUpdate, keep: URLSearchParams): string {
  return formatViewState(change(view), keep) || '?'
}

/**
 * The hidden fields of a GET form that arrives at `change(view)` with its own fields added by the browser:
 * every parameter of that view but the form's own (`own`), in order.
 */
export function hiddenFields(
  view: ViewState,
  change: ViewUpdate,
  keep: URLSearchParams,
  own: readonly string[],
): [string, string][] {
  const params = new URLSearchParams(formatViewState(change(view), keep))
  return [...params].filter(([key]) => !own.includes(key))
}

export interface ViewLinks {
  href: (change: ViewUpdate) => string
  fields: (change: ViewUpdate, own: readonly string[]) => [string, string][]
  /** A click on such a link: the same change made in the page (a click meant for a new tab left alone). */
  follow: (change: ViewUpdate, options?: UpdateOptions) => (event: MouseEvent) => void
}

export function useViewLinks(
  view: ViewState,
  update: (change: ViewUpdate, options?: UpdateOptions) => void,
): ViewLinks {
  const keep = new URLSearchParams(useOpeningSearch())
  return {
    href: (change) => viewHref(view, change, keep),
    fields: (change, own) => hiddenFields(view, change, keep, own),
    follow: (change, options) => inPage(() => update(change, options)),
  }
}

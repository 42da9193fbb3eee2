import { useCallback, useLayoutEffect, useRef } from 'react'
import { inPage } from '../ui/in-page-link'
import type { ViewState } from './view-state/url-state'
import type { UpdateOptions, ViewUpdate } from './view-state/use-view-state'
import { hiddenFields, type ViewLinks, viewHref } from './view-state/view-links'

/**
 * What the controls above the table are given stays the same object while only the page changes, so React
 * skips them on a page change (the table and the pager alone show the new page).
 */

/** `value` as first seen for `key`: the same object until the key changes. */
export function useKeyed<T>(value: T, key: string): T {
  const held = useRef<{ key: string; value: T } | null>(null)
  if (held.current === null || held.current.key !== key) held.current = { key, value }
  return held.current.value
}

/** The view on page 1, one object while nothing but the page changes. */
export function usePageOne(view: ViewState): ViewState {
  const pageOne = { ...view, page: 1 }
  return useKeyed(pageOne, JSON.stringify(pageOne))
}

/**
 * The links of controls that each go back to page 1 (filters, chips, the region, the view switch): built from
 * the view on page 1, so they are the same links, and the same object, on every page of a view.
 */
export function usePageOneLinks(
  view: ViewState,
  update: (change: ViewUpdate, options?: UpdateOptions) => void,
  openingSearch: string,
): ViewLinks {
  const pageOne = usePageOne(view)
  const keep = new URLSearchParams(openingSearch)
  const links: ViewLinks = {
    href: (change) => viewHref(pageOne, change, keep),
    fields: (change, own) => hiddenFields(pageOne, change, keep, own),
    follow: (change, options) => inPage(() => update(change, options)),
  }
  return useKeyed(
    links,
    viewHref(pageOne, (v) => v, keep),
  )
}

/** A handler that keeps one identity and always calls the latest `handler`. */
export function useStableHandler<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
  const latest = useRef(handler)
  useLayoutEffect(() => {
    latest.current = handler
  })
  return useCallback((...args: A) => latest.current(...args), [])
}

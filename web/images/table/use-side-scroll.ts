import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'

export interface SideScroll {
  /** The content is wider than the box. */
  overflows: boolean
  /** More of it lies to the right of what is shown. */
  moreRight: boolean
}

/**
 * Whether a scroll box hides content to its sides, kept current as it scrolls, as it resizes and as what is
 * inside it resizes (new rows or columns change the width of the table). Sizes are read only in a
 * ResizeObserver's callback or on a scroll, after the browser's own layout, so a render never forces one.
 */
export function useSideScroll(box: RefObject<HTMLElement | null>): SideScroll {
  const [state, setState] = useState<SideScroll>({ overflows: false, moreRight: false })
  const observer = useRef<ResizeObserver | null>(null)
  const watched = useRef(new Set<Element>())
  const measure = useCallback(() => {
    const element = box.current
    if (!element) return
    const overflows = element.scrollWidth > element.clientWidth + 1
    const moreRight = overflows && element.scrollLeft + element.clientWidth < element.scrollWidth - 1
    setState((old) =>
      old.overflows === overflows && old.moreRight === moreRight ? old : { overflows, moreRight },
    )
  }, [box])
  useEffect(() => {
    const element = box.current
    if (!element) return
    const resizes = new ResizeObserver(measure)
    observer.current = resizes
    resizes.observe(element)
    element.addEventListener('scroll', measure, { passive: true })
    return () => {
      resizes.disconnect()
      observer.current = null
      watched.current.clear()
      element.removeEventListener('scroll', measure)
    }
  }, [box, measure])
  // After every render, watch whatever the box now holds (a table, an error, an empty state), and let go of
  // what it no longer holds: a new element is measured once the browser has laid it out.
  useEffect(() => {
    const resizes = observer.current
    if (!resizes) return
    const children = new Set(box.current?.children ?? [])
    for (const child of watched.current) {
      if (!children.has(child)) resizes.unobserve(child)
    }
    for (const child of children) {
      if (!watched.current.has(child)) resizes.observe(child)
    }
    watched.current = children
  })
  return state
}

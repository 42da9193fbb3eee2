import { type RefObject, useCallback, useEffect, useState } from 'react'

export interface SideScroll {
  /** The content is wider than the box. */
  overflows: boolean
  /** More of it lies to the right of what is shown. */
  moreRight: boolean
}

/**
 * Whether a scroll box hides content to its sides, kept current as it scrolls and resizes, and after every
 * render (new rows or columns change the width of what is inside).
 */
export function useSideScroll(box: RefObject<HTMLElement | null>): SideScroll {
  const [state, setState] = useState<SideScroll>({ overflows: false, moreRight: false })
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
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    element.addEventListener('scroll', measure, { passive: true })
    return () => {
      observer.disconnect()
      element.removeEventListener('scroll', measure)
    }
  }, [box, measure])
  useEffect(measure)
  return state
}

import type { MouseEvent } from 'react'

/** A click the browser should handle itself: a new tab or window, a download, not the main button. */
export function opensElsewhere(event: MouseEvent): boolean {
  return event.metaKey || event.ctrlKey || event.altKey || event.shiftKey || event.button !== 0
}

/**
 * The click handler of a link the page follows itself (its href is for a new tab, and for a page without its
 * script): a plain click runs `go` instead of loading the URL.
 */
export function inPage(go: () => void): (event: MouseEvent) => void {
  return (event) => {
    if (opensElsewhere(event)) return
    event.preventDefault()
    go()
  }
}

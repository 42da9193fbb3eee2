import { type Dispatch, type SetStateAction, useEffect, useState } from 'react'

/**
 * While the server renders a page, and while the browser hydrates it, every render must give the same
 * markup: values only the browser knows (its storage, its time zone) take the server's stand-in, and "now"
 * is the server's clock as the page carries it. Once the page is hydrated the browser's own values apply.
 */
let pageTime: number | null = null

/** Entered before a server render or a hydration, with the clock time the page was rendered at. */
export function startPageRender(now: number): void {
  pageTime = now
}

/** Left once the hydrated page has committed (or the server render is done). */
export function endPageRender(): void {
  pageTime = null
}

function rendersPage(): boolean {
  return pageTime !== null || typeof window === 'undefined'
}

/** "Now" for ages shown on screen: the page's clock while it is rendered on the server or hydrated. */
export function renderNow(): number {
  return pageTime ?? Date.now()
}

/**
 * State first read from the browser (storage, zone): the server's stand-in while a page is rendered or
 * hydrated, then the browser's value once mounted, so hydration never meets markup it did not expect.
 * `read` is a module-level function, the same on every render.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): [T, Dispatch<SetStateAction<T>>] {
  const [deferred] = useState(rendersPage)
  const [value, setValue] = useState(() => (deferred ? serverValue : read()))
  useEffect(() => {
    if (deferred) setValue(read())
  }, [deferred, read])
  return [value, setValue]
}

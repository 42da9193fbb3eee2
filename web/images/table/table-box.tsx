import { type ReactNode, useRef } from 'react'
import { t } from '../../lib/i18n'
import { useSideScroll } from './use-side-scroll'

/**
 * The scrolling box around the table: on a phone the page scrolls as a whole and the box only sideways, with
 * a note and an edge shadow while more columns lie to the right; a thin bar at the top while refetching.
 */
export function TableBox({ busy, children }: { busy: boolean; children: ReactNode }) {
  const scrollBox = useRef<HTMLElement>(null)
  const side = useSideScroll(scrollBox)
  return (
    <>
      {side.overflows && (
        <p className="px-4 pb-1 text-xs text-neutral-600 sm:hidden dark:text-neutral-400">
          {t('table.scrollsSideways')}
        </p>
      )}
      <div className="relative flex min-h-0 flex-1 flex-col">
        <main
          ref={scrollBox}
          className="relative flex-1 overflow-x-auto border-y border-neutral-200 sm:min-h-0 sm:overflow-auto dark:border-neutral-800"
        >
          {busy && (
            <div
              className="sticky top-0 left-0 z-20 -mb-0.5 h-0.5 w-full animate-pulse bg-blue-500"
              aria-hidden="true"
            />
          )}
          {children}
        </main>
        {side.moreRight && (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-px right-0 w-6 bg-gradient-to-l from-neutral-950/10 to-transparent dark:from-black/40"
          />
        )}
      </div>
    </>
  )
}

import { lazy, Suspense, useState } from 'react'
import { t, useLaterWords, withLaterWords } from '../../lib/i18n'
import { Button } from '../../ui/button'
import type { SortScope } from '../data/row-source'
import { describeFilterScope } from '../review/review-stamp'

// The region search loads when first asked for.
const RegionSearch = lazy(withLaterWords(() => import('../region-search/region-search-panel')))

export interface FilterNotesProps {
  lookup: string[]
  notFound: string[]
  message: string | null
  /** How far the browser-side filters reached, over how many images. */
  filterScope: SortScope
  scanned: number
  /** What the last paste held besides the IDs looked up. */
  pasteNote?: string | null
}

/** Under the chips: a refused change, what an ID lookup found, and how far the browser-side filters reach. */
export function FilterNotes({
  lookup,
  notFound,
  message,
  filterScope,
  scanned,
  pasteNote,
}: FilterNotesProps) {
  const [searching, setSearching] = useState<string[] | null>(null)
  // An ID lookup is a round trip of its own; its note's words come along with it.
  const words = useLaterWords(lookup.length > 0)
  if (!message && lookup.length === 0 && filterScope === 'none') return null
  return (
    <div className="flex flex-col gap-1 text-xs">
      {message && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      {filterScope !== 'none' && (
        <p
          className={
            filterScope === 'page'
              ? 'text-amber-800 dark:text-amber-300'
              : 'text-neutral-700 dark:text-neutral-300'
          }
        >
          {filterScope === 'page'
            ? t('filters.scopePage', { scope: describeFilterScope(filterScope, scanned) })
            : t('filters.scope', { scope: describeFilterScope(filterScope, scanned) })}
        </p>
      )}
      {lookup.length > 0 && words && (
        <p role="status" className="text-neutral-700 dark:text-neutral-300">
          {t('filters.lookingUp', { count: lookup.length })}
          {notFound.length > 0 && (
            <span className="text-amber-800 dark:text-amber-300">
              {' '}
              {t('filters.notFound')}{' '}
              <span translate="no" className="font-mono">
                {notFound.join(', ')}
              </span>
            </span>
          )}
          {pasteNote && <span className="text-amber-800 dark:text-amber-300"> {pasteNote}</span>}
        </p>
      )}
      {notFound.length > 0 && searching === null && (
        <Button size="sm" className="self-start" onClick={() => setSearching(notFound)}>
          {t('filters.searchAllRegions')}
        </Button>
      )}
      {searching && (
        <Suspense fallback={<p>{t('ui.loading')}</p>}>
          <RegionSearch ids={searching} onClose={() => setSearching(null)} />
        </Suspense>
      )}
    </div>
  )
}

import { t, useLaterWords } from '../../lib/i18n'
import { SORT_ALL_CAP } from '../data/load-all-images'
import type { SortScope } from '../data/row-source'
import type { LoadProgress } from '../data/use-all-images'

interface ResultSummaryProps {
  total: number
  known: boolean
  sortScope: SortScope
  /** Browser-side filters also load every page: their progress reads the same. */
  filterScope: SortScope
  progress: LoadProgress | null
}

/** One line above the table: how many images, and honestly how far the current sort reaches. */
export function ResultSummary({ total, known, sortScope, filterScope, progress }: ResultSummaryProps) {
  const count = known ? t('count.images', { count: total }) : t('summary.loading')
  // A sort or a browser-side filter loads every page: the words that say how far it got come along with those pages.
  const words = useLaterWords(sortScope !== 'none' || filterScope !== 'none')
  let scope = ''
  if (words && sortScope === 'all') scope = t('summary.sortedAll', { total })
  if (words && sortScope === 'page') scope = t('summary.sortedPage', { cap: SORT_ALL_CAP })
  if (words && (sortScope === 'loading' || filterScope === 'loading')) {
    if (sortScope === 'loading') {
      scope = progress ? t('summary.loadingSome', progress) : t('summary.loadingAll')
    } else {
      scope = progress ? t('summary.loadingSomeFilter', progress) : t('summary.loadingAllFilter')
    }
  }
  // Without the script these never finish: the page says so instead of loading forever.
  const needsScript =
    sortScope === 'loading' || filterScope === 'loading'
      ? t('summary.needsScript')
      : known
        ? null
        : t('summary.needsScriptRows')
  return (
    <div className="flex min-h-5 flex-wrap items-center gap-x-3 text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
      <span className="font-medium text-neutral-800 dark:text-neutral-200">{count}</span>
      {scope && (
        <span
          role="status"
          className={
            sortScope === 'page' && filterScope !== 'loading'
              ? 'text-amber-800 dark:text-amber-300'
              : undefined
          }
        >
          {scope}
        </span>
      )}
      {needsScript && (
        <noscript>
          <span role="note" className="text-amber-800 dark:text-amber-300">
            {needsScript}
          </span>
        </noscript>
      )}
    </div>
  )
}

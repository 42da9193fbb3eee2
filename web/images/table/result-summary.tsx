import { formatCount } from '../../lib/format'
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
  const count = known ? `${formatCount(total)} ${total === 1 ? 'image' : 'images'}` : 'Loading images…'
  let scope = ''
  if (sortScope === 'all') scope = `Sorted across all ${formatCount(total)} images`
  if (sortScope === 'page') {
    scope = `Sorted within this page only: more than ${formatCount(SORT_ALL_CAP)} results are too many to load for sorting; narrow the filters to sort them all`
  }
  if (sortScope === 'loading' || filterScope === 'loading') {
    const purpose = sortScope === 'loading' ? 'sort' : 'filter'
    scope = progress
      ? `Loading ${formatCount(progress.loaded)} of ${formatCount(progress.total)}… to ${purpose} across all pages`
      : `Loading every page to ${purpose} across all of them…`
  }
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
    </div>
  )
}

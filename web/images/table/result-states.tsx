import { useId } from 'react'
import { isRegionId } from '../../../core/regions'
import type { ApiError } from '../../lib/api-error'
import { t, useLaterWords } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { CopyButton } from '../../ui/copy-button'
import { Icon } from '../../ui/icons'
import { explainError } from '../data/error-explanation'
import { useApi } from '../data/use-api-view'
import type { FilterInForce } from '../filters/filters-in-force'

/** A region from a link that no list has is the likeliest cause of a refusal: say so first. */
function explanationText(text: string, region: string | null): string {
  if (!region || isRegionId(region)) return text
  return t('error.unlistedRegion', { region })
}

/** An error in Tencent's terms: code, message, RequestId (copyable), and a retry where one can help. */
export function ErrorPanel({
  error,
  onRetry,
  retrying,
  region = null,
  title,
  className = 'mx-4 my-10 max-w-xl sm:mx-auto',
}: {
  error: ApiError
  onRetry: () => void
  retrying: boolean
  /** The region asked for, named so that an unknown one is plain to see. */
  region?: string | null
  title?: string
  className?: string
}) {
  const titleId = useId()
  const explanation = explainError(error, useApi() ?? 'v3')
  const { canRetry } = explanation
  const text = explanationText(explanation.text, region)
  return (
    <section
      role="alert"
      aria-labelledby={titleId}
      className={`${className} rounded-lg border border-red-200 bg-red-50/60 p-5 text-sm dark:border-red-900/60 dark:bg-red-950/30`}
    >
      <div className="flex items-start gap-3">
        <Icon name="alert" className="mt-0.5 h-5 w-5 shrink-0 text-red-600 dark:text-red-400" />
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="font-semibold text-red-900 dark:text-red-200">
            {title ?? t('error.title')}
          </h2>
          <p className="mt-1 text-neutral-700 dark:text-neutral-300">{text}</p>
          <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {region && (
              <>
                <dt className="text-neutral-600 dark:text-neutral-400">{t('region.label')}</dt>
                <dd translate="no" className="font-mono break-all">
                  {region}
                </dd>
              </>
            )}
            <dt className="text-neutral-600 dark:text-neutral-400">{t('error.code')}</dt>
            <dd translate="no" className="font-mono break-all">
              {error.code}
            </dd>
            <dt className="text-neutral-600 dark:text-neutral-400">{t('error.message')}</dt>
            <dd translate="no" className="break-words">
              {error.message || '—'}
            </dd>
            <dt className="text-neutral-600 dark:text-neutral-400">{t('error.requestId')}</dt>
            <dd translate="no" className="flex min-w-0 items-center gap-1 font-mono">
              <span className="break-all">{error.requestId ?? '—'}</span>
              {error.requestId && (
                <CopyButton
                  text={error.requestId}
                  label={t('error.copyRequestId')}
                  variant="ghost"
                  size="icon"
                  className="h-6 w-6"
                />
              )}
            </dd>
          </dl>
          {canRetry && (
            <Button variant="primary" className="mt-4" onClick={onRetry} disabled={retrying}>
              {retrying ? t('error.retrying') : t('error.retry')}
            </Button>
          )}
        </div>
      </div>
    </section>
  )
}

/** The filters in force, each a button that removes it: the way to widen an empty list one step at a time. */
function FiltersInForce({
  filters,
  onRemove,
}: {
  filters: readonly FilterInForce[]
  onRemove: (filter: FilterInForce) => void
}) {
  return (
    <fieldset className="flex min-w-0 flex-col items-center gap-2">
      <legend className="mx-auto mb-2 text-neutral-700 dark:text-neutral-300">{t('empty.inForce')}</legend>
      <ul className="flex flex-wrap justify-center gap-2">
        {filters.map((filter) => (
          <li key={filter.label} className="max-w-full">
            <Button
              size="sm"
              className="max-w-full"
              aria-label={t('filters.remove', { label: filter.label })}
              onClick={() => onRemove(filter)}
            >
              <span className="truncate">{filter.label}</span>
              <Icon name="close" className="h-3 w-3" />
            </Button>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/** No rows: say why, name the filters in force, and offer the way out. */
export function EmptyState({
  isLookup,
  filters,
  onRemove,
  onClear,
}: {
  isLookup: boolean
  /** The filters in force, API and browser-side; none for a lookup (its filters are off). */
  filters: readonly FilterInForce[]
  onRemove: (filter: FilterInForce) => void
  onClear: () => void
}) {
  // The empty answer has just arrived; its words follow it, a moment later, rather than come with the page.
  if (!useLaterWords(true)) return null
  const hasFilters = !isLookup && filters.length > 0
  const title = isLookup ? t('empty.lookup') : hasFilters ? t('empty.filters') : t('empty.region')
  return (
    <div className="mx-auto my-16 flex max-w-md flex-col items-center gap-3 text-center text-sm">
      <h2 className="text-base font-semibold">{title}</h2>
      {hasFilters && <FiltersInForce filters={filters} onRemove={onRemove} />}
      <p className="text-neutral-600 dark:text-neutral-400">
        {isLookup ? t('empty.lookupHint') : hasFilters ? t('empty.filtersHint') : t('empty.regionHint')}
      </p>
      {(isLookup || hasFilters) && (
        <Button onClick={onClear}>{isLookup ? t('empty.endLookup') : t('empty.clearFilters')}</Button>
      )}
    </div>
  )
}

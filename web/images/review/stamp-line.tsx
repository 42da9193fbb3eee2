import { t } from '../../lib/i18n'
import { type StampInput, stampParts } from './review-stamp'

const WORDS = ['region', 'filters', 'count', 'page', 'sort'] as const

/**
 * The review stamp, always on screen: what this view shows, so a screenshot of it explains itself.
 * The fetch time sits in a <time> element, which visual tests mask.
 */
export function StampLine({ input }: { input: StampInput }) {
  const parts = stampParts(input)
  return (
    <p
      role="note"
      aria-label={t('stamp.label')}
      className="rounded border-l-2 border-blue-500 bg-neutral-50 px-2 py-1 text-xs leading-5 text-neutral-700 tabular-nums dark:bg-neutral-900 dark:text-neutral-300 review:text-[13px] review:text-neutral-900 review:dark:text-neutral-100"
    >
      {WORDS.map((key) => (
        <span key={key}>
          {parts[key]}
          <span className="text-neutral-400">{t('stamp.separator')}</span>
        </span>
      ))}
      <time dateTime={input.fetchedAt === null ? undefined : new Date(input.fetchedAt).toISOString()}>
        {parts.fetched}
      </time>
    </p>
  )
}

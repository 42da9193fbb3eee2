import { t } from '../../lib/i18n'
import { type StampInput, stampParts } from './review-stamp'

const WORDS = ['region', 'filters', 'count', 'page', 'sort'] as const

/**
 * A review stamp: what a screen shows, part by part, then when its data was read, so a screenshot of it explains
 * itself. The time sits in a <time> element, which visual tests mask.
 */
export function StampNote({
  parts,
  time,
  at,
}: {
  parts: readonly string[]
  time: string
  at: number | null
}) {
  return (
    <p
      role="note"
      aria-label={t('stamp.label')}
      className="rounded border-l-2 border-blue-500 bg-neutral-50 px-2 py-1 text-xs leading-5 text-neutral-700 tabular-nums dark:bg-neutral-900 dark:text-neutral-300 review:text-[13px] review:text-neutral-900 review:dark:text-neutral-100"
    >
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence per screen
        <span key={index}>
          {part}
          <span className="text-neutral-400">{t('stamp.separator')}</span>
        </span>
      ))}
      <time dateTime={at === null ? undefined : new Date(at).toISOString()}>{time}</time>
    </p>
  )
}

/** The list's review stamp, always on screen. */
export function StampLine({ input }: { input: StampInput }) {
  const parts = stampParts(input)
  return <StampNote parts={WORDS.map((key) => parts[key])} time={parts.fetched} at={input.fetchedAt} />
}

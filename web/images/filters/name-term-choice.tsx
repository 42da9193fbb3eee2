import { useId } from 'react'
import { t } from '../../lib/i18n'
import { focusRing } from '../../ui/button'
import { type ChipDraft, offersSeparateName } from './chip-draft'
import { formatChip } from './chip-format'
import type { ChipId } from './filter-chips'

interface NameTermChoiceProps {
  chip: ChipId
  /** The chip's values in the editor and the term typed, not yet added. */
  draft: ChipDraft
  /** Adds the term to this chip's values, as Enter does. */
  onAdd: () => void
  /** Adds the term as a Name filter of its own, and closes the editor. */
  onSeparate: () => void
}

/**
 * The two ways a further term typed into a Name chip can go, each saying what it does: into this chip, where
 * the values are OR and the list widens, or into a Name filter of its own, which DescribeImages ANDs with this
 * one. Shown only while there is such a term.
 */
export function NameTermChoice({ chip, draft, onAdd, onSeparate }: NameTermChoiceProps) {
  if (!offersSeparateName(chip, draft)) return null
  const term = draft.text.trim()
  const widened = formatChip(chip, [...draft.values, term])
  const narrowed = t('editor.bothFilters', {
    first: formatChip(chip, draft.values),
    second: formatChip('name', [term]),
  })
  return (
    <div className="flex flex-col gap-1">
      <Choice
        label={t('editor.addToFilter')}
        description={t('editor.widens', { filters: widened })}
        keyHint={t('keys.enter')}
        onClick={onAdd}
      />
      <Choice
        label={t('editor.addSeparate')}
        description={t('editor.narrows', { filters: narrowed })}
        onClick={onSeparate}
      />
    </div>
  )
}

interface ChoiceProps {
  label: string
  description: string
  keyHint?: string
  onClick: () => void
}

/** One choice: its name is the label alone; what it does is its description. */
function Choice({ label, description, keyHint, onClick }: ChoiceProps) {
  const descriptionId = useId()
  return (
    <button
      type="button"
      aria-label={label}
      aria-describedby={descriptionId}
      onClick={onClick}
      className={`flex flex-col items-start gap-0.5 rounded-md border border-neutral-200 px-2 py-1.5 text-left hover:bg-neutral-50 dark:border-neutral-700 dark:hover:bg-neutral-800 ${focusRing}`}
    >
      <span className="flex w-full items-center justify-between gap-2 text-sm font-medium">
        {label}
        {keyHint && (
          <kbd className="rounded border border-neutral-300 px-1 font-mono text-[11px] leading-4 text-neutral-500 dark:border-neutral-700 dark:text-neutral-400">
            {keyHint}
          </kbd>
        )}
      </span>
      <span id={descriptionId} className="text-xs break-words text-neutral-600 dark:text-neutral-400">
        {description}
      </span>
    </button>
  )
}

import { type FormEvent, type RefObject, useId, useReducer, useRef } from 'react'
import { IMAGE_TYPES } from '../../../core/describe-images'
import { CDC_CACHE_STATUSES } from '../../../core/describe-images-v3'
import { t } from '../../lib/i18n'
import { Button, focusRing } from '../../ui/button'
import { Icon } from '../../ui/icons'
import { applyDraft, applySeparateName, chipDraftReducer, draftChanged, startDraft } from './chip-draft'
import { formatChipValue } from './chip-format'
import { type ChipId, chipHint, chipLabel, type FilterValues } from './filter-chips'
import { NameTermChoice } from './name-term-choice'
import { isTagChip, NEW_TAG_CHIP, tagKeyOf } from './tag-chips'

interface ChipEditorProps {
  chip: ChipId
  filters: FilterValues
  onApply: (filters: FilterValues) => void
  /**
   * Set to "keep the draft": applies it (true), or shows why it cannot be applied (false). A click outside
   * the editor calls it, so a typed value is never silently lost.
   */
  keepDraft?: RefObject<(() => boolean) | null>
}

/** Chips whose values are a closed list, picked with checkboxes. */
const OPTIONS: Partial<Record<ChipId, { legend: () => string; values: readonly string[] }>> = {
  type: { legend: () => t('editor.imageTypes'), values: IMAGE_TYPES },
  cdcStatus: { legend: () => t('editor.cdcStates'), values: CDC_CACHE_STATUSES },
}

/** What the value box shows while empty: the shape of an ID, else how to add. */
function placeholder(chip: ChipId): string {
  if (chip === 'id') return 'img-…'
  if (chip === 'cluster') return 'cluster-…'
  return chip === 'instanceType' ? t('editor.instanceTypePlaceholder') : t('editor.placeholder')
}

const inputClass = `h-8 w-full rounded-md border border-neutral-300 bg-white px-2 text-sm dark:border-neutral-700 dark:bg-neutral-950 ${focusRing}`

/** The accessible name of the value box: what a value of this chip is. */
function valueLabel(chip: ChipId): string {
  if (chip === NEW_TAG_CHIP) return t('chip.tagValue')
  if (isTagChip(chip)) return t('editor.valueOfTag', { key: tagKeyOf(chip) })
  return chip === 'tagKey' || chip === 'tagValue'
    ? chipLabel(chip)
    : t('editor.valueOf', { label: chipLabel(chip) })
}

/**
 * Edits one chip's values; the chip model refuses what DescribeImages would refuse, with a message. A new
 * Tag chip also asks for its key; a key that already has a chip gets the new values added to it.
 */
export function ChipEditor({ chip, filters, onApply, keepDraft }: ChipEditorProps) {
  const [draft, dispatch] = useReducer(chipDraftReducer, startDraft(chip, filters))
  const { values, text, tagKey, message } = draft
  const messageId = useId()
  const valueInput = useRef<HTMLInputElement>(null)
  const isNewTag = chip === NEW_TAG_CHIP
  const options = OPTIONS[chip]
  const apply = (how = applyDraft) => {
    const result = how(chip, filters, draft)
    if (result.ok) onApply(result.filters)
    else dispatch({ type: 'refuse', message: result.message })
    return result.ok
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    apply()
  }
  if (keepDraft) keepDraft.current = () => !draftChanged(chip, filters, draft) || apply()

  return (
    <form onSubmit={submit} className="flex w-72 flex-col gap-3">
      <div>
        <p className="text-sm font-semibold">{chipLabel(chip)}</p>
        <p className="text-xs text-neutral-500 dark:text-neutral-400">
          {chip === 'instanceType' ? `${chipHint(chip)}.` : t('editor.matchesAny', { hint: chipHint(chip) })}
        </p>
      </div>
      {isNewTag && <Caption text={t('editor.key')} />}
      {isNewTag && (
        <input
          aria-label={t('chip.tagKey')}
          placeholder={t('editor.keyPlaceholder')}
          value={tagKey}
          onChange={(event) => dispatch({ type: 'tag-key', tagKey: event.target.value })}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            valueInput.current?.focus()
          }}
          className={inputClass}
        />
      )}
      {options ? (
        <fieldset className="flex flex-col gap-1.5">
          <legend className="sr-only">{options.legend()}</legend>
          {options.values.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={values.includes(option)}
                onChange={() => dispatch({ type: 'toggle', value: option })}
                className="h-4 w-4 accent-blue-600"
              />
              {formatChipValue(chip, option)}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          {isNewTag && <Caption text={t('editor.values')} />}
          <DraftValues
            label={t('editor.valuesOf', { label: chipLabel(chip) })}
            values={values}
            onRemove={(value) => dispatch({ type: 'remove', value })}
          />
          <input
            ref={valueInput}
            aria-label={valueLabel(chip)}
            aria-describedby={message ? messageId : undefined}
            placeholder={placeholder(chip)}
            value={text}
            onChange={(event) => dispatch({ type: 'text', text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && text.trim() !== '') {
                event.preventDefault()
                dispatch({ type: 'add', chip, filters })
              }
            }}
            className={inputClass}
          />
          <NameTermChoice
            chip={chip}
            draft={draft}
            onAdd={() => {
              dispatch({ type: 'add', chip, filters })
              valueInput.current?.focus()
            }}
            onSeparate={() => apply(applySeparateName)}
          />
        </>
      )}
      {message && (
        <p id={messageId} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="submit" variant="primary" size="sm">
          {t('editor.apply')}
        </Button>
      </div>
    </form>
  )
}

/** A visible caption for a box whose accessible name (which contains the caption) is set on the box. */
function Caption({ text }: { text: string }) {
  return (
    <span aria-hidden="true" className="-mb-2 text-xs font-medium text-neutral-700 dark:text-neutral-300">
      {text}
    </span>
  )
}

function DraftValues({
  label,
  values,
  onRemove,
}: {
  label: string
  values: string[]
  onRemove: (value: string) => void
}) {
  if (values.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {values.map((value) => (
        <li
          key={value}
          className="inline-flex items-center rounded bg-neutral-100 pl-2 text-xs dark:bg-neutral-800"
        >
          <span className="max-w-48 truncate">{value}</span>
          <button
            type="button"
            aria-label={t('editor.removeValue', { value })}
            onClick={() => onRemove(value)}
            className={`flex h-6 w-6 items-center justify-center rounded ${focusRing}`}
          >
            <Icon name="close" className="h-3 w-3" />
          </button>
        </li>
      ))}
    </ul>
  )
}

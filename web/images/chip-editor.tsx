import { type FormEvent, useId, useState } from 'react'
import { IMAGE_TYPES } from '../../core/describe-images'
import { Button, focusRing } from '../ui/button'
import { Icon } from '../ui/icons'
import { type ChipField, FIELD_INFO, type FilterValues, formatChipValue, setChipValues } from './filter-chips'
import { isImageId } from './image-model'

interface ChipEditorProps {
  field: ChipField
  filters: FilterValues
  onApply: (filters: FilterValues) => void
}

const inputClass = `h-8 w-full rounded-md border border-neutral-300 bg-white px-2 text-sm dark:border-neutral-700 dark:bg-neutral-950 ${focusRing}`

/** Edits one chip's values; the chip model refuses what DescribeImages would refuse, with a message. */
export function ChipEditor({ field, filters, onApply }: ChipEditorProps) {
  const [draft, setDraft] = useState<string[]>(filters[field])
  const [text, setText] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const messageId = useId()
  const info = FIELD_INFO[field]

  const check = (values: string[]) => {
    const result = setChipValues(filters, field, values)
    setMessage(result.ok ? null : result.message)
    return result.ok ? result.filters : null
  }
  /** The draft plus the typed text, or null (with a message) when the text is not a valid value. */
  const withText = () => {
    const typed = text.trim()
    if (typed === '') return draft
    if (field === 'id' && !isImageId(typed)) {
      setMessage('Image IDs look like img-pmqg1cw7.')
      return null
    }
    return [...draft, typed]
  }
  const addText = () => {
    const values = withText()
    const next = values && check(values)
    if (next) {
      setDraft(next[field])
      setText('')
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const values = withText()
    const next = values && check(values)
    if (next) onApply(next)
  }
  const toggle = (value: string) =>
    setDraft((current) =>
      current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
    )

  return (
    <form onSubmit={submit} className="flex w-72 flex-col gap-3">
      <div>
        <p className="text-sm font-semibold">{info.label}</p>
        <p className="text-xs text-neutral-500 dark:text-neutral-400">
          {info.hint}. Matches any of the values.
        </p>
      </div>
      {field === 'type' ? (
        <fieldset className="flex flex-col gap-1.5">
          <legend className="sr-only">Image types</legend>
          {IMAGE_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={draft.includes(type)}
                onChange={() => toggle(type)}
                className="h-4 w-4 accent-blue-600"
              />
              {formatChipValue('type', type)}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          {draft.length > 0 && (
            <ul className="flex flex-wrap gap-1.5" aria-label={`${info.label} values`}>
              {draft.map((value) => (
                <li
                  key={value}
                  className="inline-flex items-center rounded bg-neutral-100 pl-2 text-xs dark:bg-neutral-800"
                >
                  <span className="max-w-48 truncate">{value}</span>
                  <button
                    type="button"
                    aria-label={`Remove value ${value}`}
                    onClick={() => setDraft((current) => current.filter((v) => v !== value))}
                    className={`flex h-6 w-6 items-center justify-center rounded ${focusRing}`}
                  >
                    <Icon name="close" className="h-3 w-3" />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            aria-label={`${info.label} value`}
            aria-describedby={message ? messageId : undefined}
            placeholder={field === 'id' ? 'img-…' : 'Type a value, Enter to add'}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && text.trim() !== '') {
                event.preventDefault()
                addText()
              }
            }}
            className={inputClass}
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
          Apply
        </Button>
      </div>
    </form>
  )
}

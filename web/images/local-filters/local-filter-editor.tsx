import { type FormEvent, type ReactNode, useState } from 'react'
import { t } from '../../lib/i18n'
import { Button, focusRing } from '../../ui/button'
import { statusDisplay } from '../data/image-model'
import {
  CREATED_PRESETS,
  type CreatedFilter,
  isDay,
  resolveCreatedFilter,
  UNKNOWN_CREATED,
} from './created-range'
import {
  LOCAL_ARCHES,
  LOCAL_FILTER_INFO,
  LOCAL_STATUSES,
  type LocalFilterId,
  type LocalFilters,
} from './local-filters'

interface LocalFilterEditorProps {
  id: LocalFilterId
  filters: LocalFilters
  onApply: (filters: LocalFilters) => void
}

const inputClass = `h-8 w-full rounded-md border border-neutral-300 bg-white px-2 text-sm dark:border-neutral-700 dark:bg-neutral-950 ${focusRing}`

/** Edits one browser-side filter: a date range (or a preset), or a set of statuses or architectures. */
export function LocalFilterEditor({ id, filters, onApply }: LocalFilterEditorProps) {
  return (
    <div className="flex w-72 flex-col gap-3">
      <div>
        <p className="text-sm font-semibold">{LOCAL_FILTER_INFO[id].label}</p>
        <p className="text-xs text-neutral-500 dark:text-neutral-400">
          {t('local.editorHint', { hint: LOCAL_FILTER_INFO[id].hint })}
        </p>
      </div>
      {id === 'created' ? (
        <CreatedEditor range={filters.created} onApply={(created) => onApply({ ...filters, created })} />
      ) : (
        <ValuesEditor
          options={id === 'status' ? LOCAL_STATUSES : id === 'arch' ? LOCAL_ARCHES : filters.os}
          label={(value) =>
            id === 'status' ? statusDisplay(value).label : <span translate="no">{value}</span>
          }
          chosen={filters[id]}
          onApply={(values) => onApply({ ...filters, [id]: values })}
        />
      )}
    </div>
  )
}

/** The preset in use, marked as pressed. */
const PRESSED =
  'aria-pressed:border-blue-600 aria-pressed:bg-blue-50 aria-pressed:text-blue-800 ' +
  'dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-950 dark:aria-pressed:text-blue-100'

/** The presets stay presets (relative to the day the view is opened); the dates show what one covers today. */
function CreatedEditor({
  range,
  onApply,
}: {
  range: CreatedFilter | null
  onApply: (r: CreatedFilter | null) => void
}) {
  const days = range && range !== UNKNOWN_CREATED ? resolveCreatedFilter(range, Date.now()) : null
  const [from, setFrom] = useState(days?.from ?? '')
  const [to, setTo] = useState(days?.to ?? '')
  const [message, setMessage] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if ((from && !isDay(from)) || (to && !isDay(to))) return setMessage(t('local.dateShape'))
    if (!from && !to) return setMessage(t('local.needDate'))
    onApply(from && to && from > to ? { from: to, to: from } : { from: from || null, to: to || null })
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-1.5">
        {CREATED_PRESETS.map((preset) => (
          <Button
            key={preset}
            size="sm"
            aria-pressed={range === preset}
            className={PRESSED}
            onClick={() => onApply(preset)}
          >
            {t(`local.preset.${preset}`)}
          </Button>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-2 text-xs">
        <label className="flex flex-col gap-1">
          {t('local.from', { zone: 'UTC' })}
          <input
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            className={inputClass}
          />
        </label>
        <label className="flex flex-col gap-1">
          {t('local.to', { zone: 'UTC' })}
          <input
            type="date"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            className={inputClass}
          />
        </label>
      </div>
      {message && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      <Button type="submit" variant="primary" size="sm" className="self-end">
        {t('editor.apply')}
      </Button>
    </form>
  )
}

interface ValuesEditorProps {
  options: readonly string[]
  label: (value: string) => ReactNode
  chosen: readonly string[]
  onApply: (values: string[]) => void
}

function ValuesEditor({ options, label, chosen, onApply }: ValuesEditorProps) {
  const [picked, setPicked] = useState<string[]>([...chosen])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(options.filter((option) => picked.includes(option)))
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1.5 text-sm">
        {options.map((option) => (
          <label key={option} className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={picked.includes(option)}
              onChange={(event) =>
                setPicked(
                  event.target.checked ? [...picked, option] : picked.filter((value) => value !== option),
                )
              }
              className="h-4 w-4 accent-blue-600"
            />
            {label(option)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="primary" size="sm" className="self-end">
        {t('editor.apply')}
      </Button>
    </form>
  )
}

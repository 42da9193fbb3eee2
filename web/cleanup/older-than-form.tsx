import { useEffect, useId, useState } from 'react'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'
import { selectClass } from '../ui/surface'

/** "Older than [90] days": the age below which no image is a candidate (`older=`); whole days, 1 to 36,500. */
export function OlderThanForm({ days, onChange }: { days: number; onChange: (days: number) => void }) {
  const id = useId()
  const [text, setText] = useState(String(days))
  useEffect(() => setText(String(days)), [days])
  const value = Number(text)
  const valid = /^\d{1,5}$/.test(text) && value >= 1 && value <= 36_500
  return (
    <form
      className="flex items-center gap-1.5 text-sm"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid && value !== days) onChange(value)
      }}
    >
      <label htmlFor={id}>{t('cleanup.olderThan')}</label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        aria-invalid={!valid}
        onChange={(event) => setText(event.target.value.trim())}
        className={`${selectClass} w-20 tabular-nums aria-invalid:border-red-500`}
      />
      <span>{t('cleanup.days')}</span>
      <Button type="submit" size="sm" disabled={!valid || value === days}>
        {t('cleanup.apply')}
      </Button>
    </form>
  )
}

import { useRef } from 'react'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'

export interface PickedFile {
  name: string
  content: string
}

/**
 * "Compare with an earlier export…": the browser's file picker for a JSON or CSV file, read here as text.
 * Nothing leaves the browser.
 */
export function FilePickButton({ onPick }: { onPick: (file: PickedFile) => void }) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <Button title={t('changes.pickHint')} onClick={() => input.current?.click()}>
        {t('changes.pick')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        aria-label={t('changes.pick')}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void file.text().then((content) => onPick({ name: file.name, content }))
        }}
      />
    </>
  )
}

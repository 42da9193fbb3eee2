import { useRef } from 'react'
import { type PickedExport, readPicked } from '../images/public'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'

export type PickedFile = PickedExport

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
        onChange={(event) => void readPicked(event.target).then((file) => file && onPick(file))}
      />
    </>
  )
}

import { type MouseEvent, useEffect, useRef } from 'react'
import { t } from '../../lib/i18n'
import type { Image } from '../data/image-model'
import type { PageState } from '../selection/selection'

const boxClass = 'h-4 w-4 cursor-pointer accent-blue-600'
const cellClass = 'border-b px-3 align-middle'

/** Clicks on the checkbox's cell select; they must not also open the drawer. */
const keepFromRow = (event: MouseEvent) => event.stopPropagation()

/** The header checkbox: checked, unchecked or mixed, for the rows of this page. */
export function SelectAllCell({
  state,
  onChange,
}: {
  state: PageState
  onChange: (selected: boolean) => void
}) {
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some'
  }, [state])
  return (
    // A column header named "Select", so a screen reader reading a row's box says which column it is in.
    <th
      scope="col"
      aria-label={t('select.column')}
      className={`sticky top-0 z-10 border-neutral-200 bg-neutral-50 text-left dark:border-neutral-800 dark:bg-neutral-900 ${cellClass}`}
    >
      <input
        ref={box}
        type="checkbox"
        aria-label={t('select.page')}
        checked={state === 'all'}
        onChange={(event) => onChange(event.target.checked)}
        className={boxClass}
      />
    </th>
  )
}

export function SelectRowCell({
  image,
  selected,
  height,
  onToggle,
}: {
  image: Image
  selected: boolean
  height: string
  onToggle: (image: Image) => void
}) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click only stops the row's; the checkbox has its own keys
    <td
      onClick={keepFromRow}
      className={`${height} border-neutral-100 dark:border-neutral-800/70 ${cellClass}`}
    >
      <input
        type="checkbox"
        aria-label={t('select.row', { name: image.name || image.id })}
        // The name carries the image's name, which is data: no translation touches it.
        translate="no"
        checked={selected}
        // The table is one tab stop whose rows rove; on a focused row, x toggles this box.
        tabIndex={-1}
        onChange={() => onToggle(image)}
        className={boxClass}
      />
    </td>
  )
}

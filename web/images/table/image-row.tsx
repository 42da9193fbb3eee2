import { type KeyboardEvent, type MouseEvent, memo } from 'react'
import type { Image, ImageField } from '../data/image-model'
import { CELLS, COLUMN_CLASS, DATA_COLUMNS } from './columns'
import { SelectRowCell } from './select-cells'

export function rowElementId(imageId: string): string {
  return `image-row-${imageId}`
}

interface ImageRowProps {
  image: Image
  /** The visible columns, in order (one array per choice of columns). */
  columns: readonly ImageField[]
  selected: boolean
  /** The row that is the table's one tab stop. */
  tabStop: boolean
  /** The row height's class, from the density. */
  height: string
  onFocusRow: (id: string) => void
  onOpen: (image: Image) => void
  onToggle: (image: Image) => void
}

/**
 * One image's row. Memoised, with props that stay the same while the row's image, selection and focus do:
 * a selection, a refetch or a focus move renders the rows it changes, not all of them.
 */
export const ImageRow = memo(function ImageRow(props: ImageRowProps) {
  const { image, columns, selected, tabStop, height, onFocusRow, onOpen, onToggle } = props
  const openOnClick = (event: MouseEvent) => {
    // A drag that selects text in the row is for copying it, not for opening the image.
    const selection = window.getSelection()
    if (selection && !selection.isCollapsed && event.currentTarget.contains(selection.anchorNode)) return
    onOpen(image)
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey
    if (event.key === 'x' && plain) {
      event.preventDefault()
      onToggle(image)
      return
    }
    if (event.key !== 'Enter') return
    // Without this, the same key press would also click the drawer's first button once it has focus.
    event.preventDefault()
    onOpen(image)
  }
  return (
    <tr
      id={rowElementId(image.id)}
      tabIndex={tabStop ? 0 : -1}
      onFocus={() => onFocusRow(image.id)}
      onClick={openOnClick}
      onKeyDown={onKey}
      className={selected ? 'bg-blue-50/60 dark:bg-blue-950/30' : undefined}
    >
      <SelectRowCell image={image} selected={selected} height={height} onToggle={onToggle} />
      {columns.map((field) => (
        <td
          key={field}
          translate={DATA_COLUMNS.has(field) ? 'no' : undefined}
          className={COLUMN_CLASS[field] || undefined}
        >
          {CELLS[field](image)}
        </td>
      ))}
    </tr>
  )
})

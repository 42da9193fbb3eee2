import { lazy, Suspense, useState } from 'react'
import { Button } from '../../ui/button'
import { Chip } from '../../ui/chip'
import { Icon } from '../../ui/icons'
import { LazyMenu, waitingTrigger } from '../../ui/lazy-menu'
import { formatChip } from './chip-format'
import {
  addChipValue,
  type ChipId,
  chipLabel,
  chipValues,
  type FilterValues,
  removeChip,
  shownChips,
} from './filter-chips'
import { SearchBox } from './search-box'
import { formatPasteNote, parseSearchText } from './search-text'

interface FilterBarProps {
  filters: FilterValues
  lookup: string[]
  notFound: string[]
  onFilters: (filters: FilterValues) => void
  onLookup: (ids: string[]) => void
  onClear: () => void
  /** Escape or ↓ in the search box. */
  onLeaveSearch: () => void
}

const loadAddFilterMenu = () => import('./add-filter-menu')
const AddFilterMenu = lazy(loadAddFilterMenu)
// The chips' editors come with the popover library, which loads when the first chip is shown.
const loadChipPopover = () => import('./chip-popover')
const ChipPopover = lazy(loadChipPopover)

/** The toolbar: search box, "Add filter", the chips, "Clear all", and what the API's rules mean right now. */
export function FilterBar(props: FilterBarProps) {
  const { filters, lookup, notFound, onFilters, onLookup, onClear, onLeaveSearch } = props
  const [editing, setEditing] = useState<ChipId | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [pasteNote, setPasteNote] = useState<string | null>(null)
  const isLookup = lookup.length > 0
  const addFilterButton = (
    <Button disabled={isLookup}>
      <Icon name="plus" className="h-3.5 w-3.5" />
      Add filter
    </Button>
  )
  const shown = shownChips(filters, editing)

  const submitSearch = (text: string) => {
    const parsed = parseSearchText(text)
    if (parsed.kind === 'empty') return false
    setPasteNote(formatPasteNote(parsed))
    if (parsed.kind === 'ids') {
      setMessage(null)
      onLookup(parsed.ids)
      return true
    }
    const result = addChipValue(filters, 'name', parsed.text)
    setMessage(result.ok ? null : result.message)
    if (result.ok) onFilters(result.filters)
    return result.ok
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox onSubmit={submitSearch} onLeave={onLeaveSearch} />
        <LazyMenu preload={loadAddFilterMenu} trigger={addFilterButton}>
          {(open) => <AddFilterMenu trigger={addFilterButton} defaultOpen={open} onPick={setEditing} />}
        </LazyMenu>
        {isLookup && (
          <Chip
            label={`Image IDs: ${lookup.length <= 3 ? lookup.join(', ') : `${lookup.slice(0, 2).join(', ')} +${lookup.length - 2}`}`}
            removeLabel="End ID lookup"
            onRemove={() => {
              setPasteNote(null)
              onLookup([])
            }}
            title={lookup.join(', ')}
          />
        )}
        {shown.map((field) => {
          const values = chipValues(filters, field)
          const label = formatChip(field, values)
          const chip = (
            <Chip
              label={values.length > 0 ? label : `${chipLabel(field)}: …`}
              removeLabel={`Remove filter ${label}`}
              onRemove={() => onFilters(removeChip(filters, field))}
              disabled={isLookup}
            />
          )
          // Until the editor's code is here the chip is plain; a click on it still opens the editor once it is.
          const waitingChip = waitingTrigger(chip, loadChipPopover, () => setEditing(field))
          return (
            <Suspense key={field} fallback={waitingChip}>
              <ChipPopover
                chip={field}
                filters={filters}
                open={editing === field}
                onOpenChange={(open) => setEditing(open ? field : null)}
                onApply={(next) => {
                  setEditing(null)
                  onFilters(next)
                }}
                trigger={chip}
              />
            </Suspense>
          )
        })}
        {(shown.length > 0 || isLookup) && (
          <Button variant="ghost" size="sm" onClick={onClear}>
            Clear all
          </Button>
        )}
      </div>
      <FilterNotes
        lookup={lookup}
        notFound={notFound}
        message={message}
        pasteNote={isLookup ? pasteNote : null}
      />
    </div>
  )
}

function FilterNotes({
  lookup,
  notFound,
  message,
  pasteNote,
}: {
  lookup: string[]
  notFound: string[]
  message: string | null
  /** What the last paste held besides the IDs looked up. */
  pasteNote: string | null
}) {
  if (!message && lookup.length === 0) return null
  return (
    <div className="flex flex-col gap-1 text-xs">
      {message && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      {lookup.length > 0 && (
        <p role="status" className="text-neutral-700 dark:text-neutral-300">
          Looking up {lookup.length} {lookup.length === 1 ? 'ID' : 'IDs'}; filters are off.
          {notFound.length > 0 && (
            <span className="text-amber-800 dark:text-amber-300">
              {' '}
              Not found: <span className="font-mono">{notFound.join(', ')}</span>
            </span>
          )}
          {pasteNote && <span className="text-amber-800 dark:text-amber-300"> {pasteNote}</span>}
        </p>
      )}
    </div>
  )
}

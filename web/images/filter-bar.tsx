import * as Popover from '@radix-ui/react-popover'
import { lazy, Suspense, useState } from 'react'
import { Button } from '../ui/button'
import { Chip } from '../ui/chip'
import { Icon } from '../ui/icons'
import { floatingPanel } from '../ui/surface'
import { ChipEditor } from './chip-editor'
import {
  addChipValue,
  CHIP_FIELDS,
  type ChipField,
  checkLookup,
  FIELD_INFO,
  type FilterValues,
  formatChip,
  parseSearchText,
  removeChip,
} from './filter-chips'
import { SearchBox } from './search-box'

interface FilterBarProps {
  filters: FilterValues
  lookup: string[]
  notFound: string[]
  onFilters: (filters: FilterValues) => void
  onLookup: (ids: string[]) => void
  onClear: () => void
}

const AddFilterMenu = lazy(() => import('./add-filter-menu'))

/** The toolbar: search box, "Add filter", the chips, "Clear all", and what the API's rules mean right now. */
export function FilterBar({ filters, lookup, notFound, onFilters, onLookup, onClear }: FilterBarProps) {
  const [editing, setEditing] = useState<ChipField | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const isLookup = lookup.length > 0
  const addFilterButton = (
    <Button disabled={isLookup}>
      <Icon name="plus" className="h-3.5 w-3.5" />
      Add filter
    </Button>
  )
  const shown = CHIP_FIELDS.filter((field) => filters[field].length > 0 || field === editing)

  const submitSearch = (text: string) => {
    const parsed = parseSearchText(text)
    if (parsed.kind === 'empty') return false
    if (parsed.kind === 'ids') {
      const problem = checkLookup(parsed.ids)
      setMessage(problem)
      if (!problem) onLookup(parsed.ids)
      return problem === null
    }
    const result = addChipValue(filters, 'name', parsed.text)
    setMessage(result.ok ? null : result.message)
    if (result.ok) onFilters(result.filters)
    return result.ok
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox onSubmit={submitSearch} />
        <Suspense fallback={addFilterButton}>
          <AddFilterMenu trigger={addFilterButton} onPick={setEditing} />
        </Suspense>
        {isLookup && (
          <Chip
            label={`Image IDs: ${lookup.length <= 3 ? lookup.join(', ') : `${lookup.slice(0, 2).join(', ')} +${lookup.length - 2}`}`}
            removeLabel="End ID lookup"
            onRemove={() => onLookup([])}
            title={lookup.join(', ')}
          />
        )}
        {shown.map((field) => {
          const label = formatChip(field, filters[field])
          return (
            <Popover.Root
              key={field}
              open={editing === field}
              onOpenChange={(open) => setEditing(open ? field : null)}
            >
              <Popover.Trigger asChild>
                <Chip
                  label={filters[field].length > 0 ? label : `${FIELD_INFO[field].label}: …`}
                  removeLabel={`Remove filter ${label}`}
                  onRemove={() => onFilters(removeChip(filters, field))}
                  disabled={isLookup}
                />
              </Popover.Trigger>
              <Popover.Portal>
                <Popover.Content
                  align="start"
                  sideOffset={6}
                  aria-label={`Edit filter ${FIELD_INFO[field].label}`}
                  className={floatingPanel}
                >
                  <ChipEditor
                    field={field}
                    filters={filters}
                    onApply={(next) => {
                      setEditing(null)
                      onFilters(next)
                    }}
                  />
                </Popover.Content>
              </Popover.Portal>
            </Popover.Root>
          )
        })}
        {(shown.length > 0 || isLookup) && (
          <Button variant="ghost" size="sm" onClick={onClear}>
            Clear all
          </Button>
        )}
      </div>
      <FilterNotes lookup={lookup} notFound={notFound} message={message} />
    </div>
  )
}

function FilterNotes({
  lookup,
  notFound,
  message,
}: {
  lookup: string[]
  notFound: string[]
  message: string | null
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
        </p>
      )}
    </div>
  )
}

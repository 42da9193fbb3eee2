import { lazy, Suspense, useState } from 'react'
import { t, useLaterWords, withLaterWords } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Chip } from '../../ui/chip'
import { Icon } from '../../ui/icons'
import { LazyMenu, waitingTrigger } from '../../ui/lazy-menu'
import {
  addChipValue,
  type ChipId,
  chipLabel,
  chipValues,
  type FilterValues,
  formatChip,
  removeChip,
  shownChips,
} from './filter-chips'
import { SearchBox } from './search-box'
import { checkLookup, parseSearchText } from './search-text'

interface FilterBarProps {
  filters: FilterValues
  lookup: string[]
  notFound: string[]
  onFilters: (filters: FilterValues) => void
  onLookup: (ids: string[]) => void
  onClear: () => void
}

const loadAddFilterMenu = withLaterWords(() => import('./add-filter-menu'))
const AddFilterMenu = lazy(loadAddFilterMenu)
// The chips' editors come with the popover library (and their words), which load when the first chip shows.
const loadChipPopover = withLaterWords(() => import('./chip-popover'))
const ChipPopover = lazy(loadChipPopover)

/** Up to three IDs, else the first two and how many more. */
function shortList(ids: readonly string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 2).join(', ')} +${ids.length - 2}`
}

/** The toolbar: search box, "Add filter", the chips, "Clear all", and what the API's rules mean right now. */
export function FilterBar({ filters, lookup, notFound, onFilters, onLookup, onClear }: FilterBarProps) {
  const [editing, setEditing] = useState<ChipId | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const isLookup = lookup.length > 0
  const addFilterButton = (
    <Button disabled={isLookup}>
      <Icon name="plus" className="h-3.5 w-3.5" />
      {t('filters.add')}
    </Button>
  )
  const shown = shownChips(filters, editing)

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
        <LazyMenu preload={loadAddFilterMenu} trigger={addFilterButton}>
          {(open) => <AddFilterMenu trigger={addFilterButton} defaultOpen={open} onPick={setEditing} />}
        </LazyMenu>
        {isLookup && (
          <Chip
            label={t('filters.lookupChip', { ids: shortList(lookup) })}
            removeLabel={t('filters.endLookup')}
            onRemove={() => onLookup([])}
            title={lookup.join(', ')}
          />
        )}
        {shown.map((field) => {
          const values = chipValues(filters, field)
          const label = formatChip(field, values)
          const chip = (
            <Chip
              label={values.length > 0 ? label : t('chip.summary', { label: chipLabel(field), values: '…' })}
              removeLabel={t('filters.remove', { label })}
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
            {t('filters.clearAll')}
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
  // An ID lookup is a round trip of its own; its note's words come along with it.
  const words = useLaterWords(lookup.length > 0)
  if (!message && lookup.length === 0) return null
  return (
    <div className="flex flex-col gap-1 text-xs">
      {message && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      {lookup.length > 0 && words && (
        <p role="status" className="text-neutral-700 dark:text-neutral-300">
          {t('filters.lookingUp', { count: lookup.length })}
          {notFound.length > 0 && (
            <span className="text-amber-800 dark:text-amber-300">
              {' '}
              {t('filters.notFound')}{' '}
              <span translate="no" className="font-mono">
                {notFound.join(', ')}
              </span>
            </span>
          )}
        </p>
      )}
    </div>
  )
}

import { lazy, Suspense, useState } from 'react'
import { t, withLaterWords } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Chip } from '../../ui/chip'
import { Icon } from '../../ui/icons'
import { LazyMenu, waitingTrigger } from '../../ui/lazy-menu'
import { LocalChips } from '../local-filters/local-chips'
import type { LocalFilterId, LocalFilters } from '../local-filters/local-filters'
import type { ViewLinks } from '../view-state/view-links'
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
import { FilterNotes, type FilterNotesProps } from './filter-notes'
import { SearchBox } from './search-box'
import { formatPasteNote, formatSearchHint, parseSearchText } from './search-text'

interface FilterBarProps extends Omit<FilterNotesProps, 'message'> {
  filters: FilterValues
  local: LocalFilters
  onLocal: (local: LocalFilters) => void
  onFilters: (filters: FilterValues) => void
  onLookup: (ids: string[]) => void
  onClear: () => void
  /** Escape or ↓ in the search box. */
  onLeaveSearch: () => void
  /** Hides "Add filter" on a phone while the toolbar is folded (see tools-fold.tsx). */
  folded?: string
  /** The URLs of the views a search and each chip's remove go to (links and forms that work without script). */
  links: ViewLinks
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
export function FilterBar(props: FilterBarProps) {
  const { filters, local, lookup, onLocal, onFilters, onLookup, onClear, onLeaveSearch, links } = props
  const [editing, setEditing] = useState<ChipId | null>(null)
  const [editingLocal, setEditingLocal] = useState<LocalFilterId | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [pasteNote, setPasteNote] = useState<string | null>(null)
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
    // Only malformed IDs: nothing to look up, the text stays to be fixed and the note says why.
    if (parsed.kind === 'ids' && parsed.ids.length === 0) {
      setMessage(formatPasteNote(parsed))
      return false
    }
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
        <SearchBox
          onSubmit={submitSearch}
          onLeave={onLeaveSearch}
          hint={formatSearchHint}
          fields={links.fields((v) => ({ ...v, page: 1 }), [])}
        />
        <div className={`contents ${props.folded ?? ''}`}>
          <LazyMenu preload={loadAddFilterMenu} trigger={addFilterButton}>
            {(opening) => (
              <AddFilterMenu
                trigger={addFilterButton}
                opening={opening}
                onPick={setEditing}
                onPickLocal={setEditingLocal}
              />
            )}
          </LazyMenu>
        </div>
        {isLookup && (
          <Chip
            label={t('filters.lookupChip', { ids: shortList(lookup) })}
            removeLabel={t('filters.endLookup')}
            removeHref={links.href((v) => ({ ...v, lookup: [], page: 1 }))}
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
              label={values.length > 0 ? label : t('chip.summary', { label: chipLabel(field), values: '…' })}
              removeLabel={t('filters.remove', { label })}
              onRemove={() => onFilters(removeChip(filters, field))}
              removeHref={links.href((v) => ({ ...v, filters: removeChip(filters, field), page: 1 }))}
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
        <LocalChips
          filters={local}
          editing={editingLocal}
          onEditing={setEditingLocal}
          onChange={onLocal}
          href={(next) => links.href((v) => ({ ...v, local: next, page: 1 }))}
        />
        {(shown.length > 0 || isLookup || editingLocal !== null || props.filterScope !== 'none') && (
          <Button variant="ghost" size="sm" onClick={onClear}>
            {t('filters.clearAll')}
          </Button>
        )}
      </div>
      <FilterNotes {...props} message={message} pasteNote={isLookup ? pasteNote : null} />
    </div>
  )
}

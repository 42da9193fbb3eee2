import { lazy, Suspense } from 'react'
import { t, withLaterWords } from '../../lib/i18n'
import { Chip } from '../../ui/chip'
import { waitingTrigger } from '../../ui/lazy-menu'
import {
  activeLocalFilters,
  formatLocalFilter,
  LOCAL_FILTER_INFO,
  type LocalFilterId,
  type LocalFilters,
  withoutLocalFilter,
} from './local-filters'

// The editors' words come with their code (web/lib/i18n.ts).
const loadPopover = withLaterWords(() => import('./local-filter-popover'))
const LocalFilterPopover = lazy(loadPopover)

interface LocalChipsProps {
  filters: LocalFilters
  editing: LocalFilterId | null
  onEditing: (id: LocalFilterId | null) => void
  onChange: (filters: LocalFilters) => void
  /** The URL with these browser-side filters instead: each chip's remove is a link. */
  href: (filters: LocalFilters) => string
}

/** The chips of the browser-side filters, after the API's, each opening its editor. */
export function LocalChips({ filters, editing, onEditing, onChange, href }: LocalChipsProps) {
  const active = activeLocalFilters(filters)
  const shown = editing === null || active.includes(editing) ? active : [...active, editing]
  return shown.map((id) => {
    const isActive = active.includes(id)
    const label = isActive
      ? formatLocalFilter(filters, id)
      : t('chip.summary', { label: LOCAL_FILTER_INFO[id].label, values: '…' })
    const chip = (
      <Chip
        label={label}
        title={t('local.chipTitle', { label })}
        removeLabel={t('filters.remove', { label })}
        onRemove={() => onChange(withoutLocalFilter(filters, id))}
        removeHref={href(withoutLocalFilter(filters, id))}
        className="border-dashed"
      />
    )
    return (
      <Suspense key={id} fallback={waitingTrigger(chip, loadPopover, () => onEditing(id))}>
        <LocalFilterPopover
          id={id}
          filters={filters}
          open={editing === id}
          onOpenChange={(open) => onEditing(open ? id : null)}
          onApply={(next) => {
            onEditing(null)
            onChange(next)
          }}
          trigger={chip}
        />
      </Suspense>
    )
  })
}

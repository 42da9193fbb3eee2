import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { type ReactElement, useId, useRef } from 'react'
import { t } from '../../lib/i18n'
import type { LazyOpening } from '../../ui/lazy-menu'
import { floatingPanel } from '../../ui/surface'
import { useApi } from '../data/use-api-view'
import { LOCAL_FILTER_INFO, LOCAL_MENU_IDS, type LocalFilterId } from '../local-filters/local-filters'
import { menuChips, moreChips } from './api-chips'
import { type ChipId, chipHint, chipLabel } from './filter-chips'

const menuItemClass =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-blue-50 dark:data-[highlighted]:bg-blue-950/60'

interface AddFilterMenuProps {
  trigger: ReactElement
  /** How it opens the first time, from LazyMenu. */
  opening?: LazyOpening
  onPick: (chip: ChipId) => void
  /** A filter the API lacks, applied in the browser. */
  onPickLocal: (id: LocalFilterId) => void
}

/**
 * The "Add filter" menu of fields, with the instance type and tag filters when the proxy speaks API 3.0, and
 * the CDC filters in a "More" group. Its code loads on
 * first use, to keep the first screen small.
 */
export default function AddFilterMenu({ trigger, opening, onPick, onPickLocal }: AddFilterMenuProps) {
  const picked = useRef(false)
  const api = useApi()
  const hintId = useId()
  const more = moreChips(api ?? 'legacy')
  const item = (chip: ChipId) => (
    <DropdownMenu.Item
      key={chip}
      // Named by the field alone ("Tag", "Tag key"); the hint is its description.
      aria-label={chipLabel(chip)}
      aria-describedby={`${hintId}-${chip}`}
      className={menuItemClass}
      onSelect={() => {
        picked.current = true
        onPick(chip)
      }}
    >
      <span className="font-medium">{chipLabel(chip)}</span>
      <span id={`${hintId}-${chip}`} className="text-xs text-neutral-500 dark:text-neutral-400">
        {chipHint(chip)}
      </span>
    </DropdownMenu.Item>
  )
  return (
    <DropdownMenu.Root defaultOpen={opening?.defaultOpen}>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          onFocus={opening?.onFocus}
          // A long menu (API 3.0 and the browser-side filters) scrolls within the space below its button.
          className={`${floatingPanel} max-h-[var(--radix-dropdown-menu-content-available-height)] w-60 overflow-y-auto p-1`}
          // A picked field opens its editor, which takes the focus; only a dismissed menu returns it.
          onCloseAutoFocus={(event) => {
            if (picked.current) event.preventDefault()
            picked.current = false
          }}
        >
          {menuChips(api ?? 'legacy').map(item)}
          {more.length > 0 && (
            <DropdownMenu.Group aria-labelledby={`${hintId}-more`}>
              <DropdownMenu.Separator className="my-1 h-px bg-neutral-200 dark:bg-neutral-800" />
              <DropdownMenu.Label
                id={`${hintId}-more`}
                className="px-2 pt-1 pb-0.5 text-xs font-semibold tracking-wide text-neutral-500 uppercase dark:text-neutral-400"
              >
                {t('filters.more')}
              </DropdownMenu.Label>
              {more.map(item)}
            </DropdownMenu.Group>
          )}
          <DropdownMenu.Separator className="my-1 h-px bg-neutral-200 dark:bg-neutral-700" />
          <DropdownMenu.Label className="px-2 pt-1 text-[11px] font-semibold tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
            {t('filters.inBrowser')}
          </DropdownMenu.Label>
          {LOCAL_MENU_IDS.map((id) => (
            <DropdownMenu.Item
              key={id}
              aria-label={LOCAL_FILTER_INFO[id].label}
              aria-describedby={`${hintId}-${id}`}
              className={menuItemClass}
              onSelect={() => {
                picked.current = true
                onPickLocal(id)
              }}
            >
              <span className="font-medium">{LOCAL_FILTER_INFO[id].label}</span>
              <span id={`${hintId}-${id}`} className="text-xs text-neutral-500 dark:text-neutral-400">
                {LOCAL_FILTER_INFO[id].hint}
              </span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}

import * as Popover from '@radix-ui/react-popover'
import type { ReactElement } from 'react'
import { t } from '../../lib/i18n'
import { floatingPanel } from '../../ui/surface'
import { LocalFilterEditor } from './local-filter-editor'
import { LOCAL_FILTER_INFO, type LocalFilterId, type LocalFilters } from './local-filters'

interface LocalFilterPopoverProps {
  id: LocalFilterId
  filters: LocalFilters
  open: boolean
  onOpenChange: (open: boolean) => void
  onApply: (filters: LocalFilters) => void
  trigger: ReactElement
}

/** A browser-side filter chip with its editor in a popover; loads after the first screen. */
export default function LocalFilterPopover(props: LocalFilterPopoverProps) {
  const { id, filters, open, onOpenChange, onApply, trigger } = props
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          aria-label={t('editor.title', { label: LOCAL_FILTER_INFO[id].label })}
          className={floatingPanel}
        >
          <LocalFilterEditor id={id} filters={filters} onApply={onApply} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

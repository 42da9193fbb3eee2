import * as Popover from '@radix-ui/react-popover'
import type { ReactElement } from 'react'
import { t } from '../../lib/i18n'
import { floatingPanel } from '../../ui/surface'
import { ChipEditor } from './chip-editor'
import { type ChipId, chipLabel, type FilterValues } from './filter-chips'

interface ChipPopoverProps {
  chip: ChipId
  filters: FilterValues
  open: boolean
  onOpenChange: (open: boolean) => void
  onApply: (filters: FilterValues) => void
  /** The chip itself, which opens its editor. */
  trigger: ReactElement
}

/**
 * A filter chip with its editor in a popover. It loads (with the popover library) just after the first
 * screen, which shows the plain chips meanwhile: that keeps the first load small.
 */
export default function ChipPopover({
  chip,
  filters,
  open,
  onOpenChange,
  onApply,
  trigger,
}: ChipPopoverProps) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          aria-label={t('editor.title', { label: chipLabel(chip) })}
          className={floatingPanel}
        >
          <ChipEditor chip={chip} filters={filters} onApply={onApply} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

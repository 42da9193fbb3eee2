import * as Popover from '@radix-ui/react-popover'
import { type ReactElement, useRef } from 'react'
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
  const keepDraft = useRef<(() => boolean) | null>(null)
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          aria-label={t('editor.title', { label: chipLabel(chip) })}
          className={floatingPanel}
          // A click outside applies what was typed; if it cannot be applied, the editor stays and says why.
          onInteractOutside={(event) => {
            if (keepDraft.current && !keepDraft.current()) event.preventDefault()
          }}
        >
          <ChipEditor chip={chip} filters={filters} onApply={onApply} keepDraft={keepDraft} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { type ReactElement, useRef } from 'react'
import { floatingPanel } from '../ui/surface'
import { CHIP_FIELDS, type ChipField, FIELD_INFO } from './filter-chips'

const menuItemClass =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-blue-50 dark:data-[highlighted]:bg-blue-950/60'

interface AddFilterMenuProps {
  trigger: ReactElement
  onPick: (field: ChipField) => void
}

/** The "Add filter" menu of fields. Loaded on its own, after the first screen, to keep that small. */
export default function AddFilterMenu({ trigger, onPick }: AddFilterMenuProps) {
  const picked = useRef(false)
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className={`${floatingPanel} w-60 p-1`}
          // A picked field opens its editor, which takes the focus; only a dismissed menu returns it.
          onCloseAutoFocus={(event) => {
            if (picked.current) event.preventDefault()
            picked.current = false
          }}
        >
          {CHIP_FIELDS.map((field) => (
            <DropdownMenu.Item
              key={field}
              className={menuItemClass}
              onSelect={() => {
                picked.current = true
                onPick(field)
              }}
            >
              <span className="font-medium">{FIELD_INFO[field].label}</span>
              <span className="text-xs text-neutral-500 dark:text-neutral-400">{FIELD_INFO[field].hint}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}

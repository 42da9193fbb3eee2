import * as Dialog from '@radix-ui/react-dialog'
import type { KeyboardEvent, ReactNode } from 'react'
import { DialogTitleBar } from './dialog-title-bar'

interface DrawerFrameProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description: ReactNode
  actions?: ReactNode
  children: ReactNode
  /** Where focus goes on close; the dialog's default is its trigger, which a drawer opened by URL lacks. */
  onCloseAutoFocus?: (event: Event) => void
  /** Keys pressed anywhere inside the panel (the drawer's j/k). */
  onKeyDown?: (event: KeyboardEvent) => void
}

/** A side panel on the right (the whole screen on a phone), modal, with Radix doing the focus trap. */
export function DrawerFrame({
  open,
  onOpenChange,
  title,
  description,
  actions,
  children,
  onCloseAutoFocus,
  onKeyDown,
}: DrawerFrameProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        {/* In review mode and print the page is as long as its content; the drawer and its dimming cover all of it. */}
        <Dialog.Overlay className="fixed inset-0 z-40 bg-neutral-950/25 review:absolute dark:bg-black/50" />
        <Dialog.Content
          onCloseAutoFocus={onCloseAutoFocus}
          onKeyDown={onKeyDown}
          className="fixed inset-y-0 right-0 z-50 flex review:absolute w-full flex-col bg-white text-neutral-900 shadow-2xl focus:outline-none sm:w-[480px] sm:border-l sm:border-neutral-200 dark:bg-neutral-900 dark:text-neutral-100 sm:dark:border-neutral-800"
        >
          <DialogTitleBar
            title={title}
            titleClassName="text-base leading-6 font-semibold break-words"
            className="gap-3 border-b border-neutral-200 px-5 py-4 dark:border-neutral-800"
          >
            <Dialog.Description className="mt-0.5 font-mono text-xs text-neutral-600 dark:text-neutral-400">
              {description}
            </Dialog.Description>
          </DialogTitleBar>
          {actions && (
            <div className="flex flex-wrap gap-2 border-b border-neutral-200 px-5 py-3 dark:border-neutral-800">
              {actions}
            </div>
          )}
          <div className="flex-1 overflow-y-auto px-5 py-4">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

import * as Dialog from '@radix-ui/react-dialog'
import { useRef } from 'react'
import { t } from '../../lib/i18n'
import { DialogTitleBar } from '../../ui/dialog-title-bar'

const shortcuts = (): [keys: string[], action: string][] => [
  [['/'], t('keys.search')],
  [['j', '↓'], t('keys.next')],
  [['k', '↑'], t('keys.previous')],
  [[t('keys.enter')], t('keys.open')],
  [[t('keys.escape')], t('keys.close')],
  [['c'], t('keys.copy')],
  [['x'], t('keys.select')],
  [['j', 'k'], t('keys.drawerNav')],
  [['?'], t('keys.help')],
]

const kbdClass =
  'rounded border border-neutral-300 bg-neutral-50 px-1.5 font-mono text-xs dark:border-neutral-700 dark:bg-neutral-800'

interface ShortcutsDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** The list of keyboard shortcuts ("?"). Loaded when first asked for. */
export default function ShortcutsDialog({ open, onOpenChange }: ShortcutsDialogProps) {
  // Opened by a key press there is no trigger to return to, so focus goes back where it was.
  const returnTo = useRef<HTMLElement | null>(null)
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-neutral-950/25 dark:bg-black/50" />
        <Dialog.Content
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            returnTo.current?.focus()
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[min(26rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-neutral-200 bg-white p-5 text-neutral-900 shadow-2xl focus:outline-none dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
        >
          <DialogTitleBar
            title={t('tools.shortcuts')}
            titleClassName="text-base font-semibold"
            className="mb-3 justify-between gap-3"
          />
          <Dialog.Description className="mb-3 text-sm text-neutral-600 dark:text-neutral-400">
            {t('keys.intro')}
          </Dialog.Description>
          <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2 text-sm">
            {shortcuts().map(([keys, action]) => (
              <div key={action} className="contents">
                <dt className="flex gap-1">
                  {keys.map((key) => (
                    <kbd key={key} className={kbdClass}>
                      {key}
                    </kbd>
                  ))}
                </dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

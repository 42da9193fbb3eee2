import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactElement, useRef } from 'react'
import type { ApiError } from '../../lib/api-error'
import { t } from '../../lib/i18n'
import { floatingPanel } from '../../ui/surface'
import { type ExportJob, type ExportKind, runExport } from './run-export'

const menuItemClass =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-blue-50 dark:data-[highlighted]:bg-blue-950/60'

const items = (): { kind: ExportKind; label: string; hint: string }[] => [
  { kind: 'csv', label: t('export.csv'), hint: t('export.csvHint') },
  { kind: 'json', label: t('export.json'), hint: t('export.jsonHint') },
  { kind: 'markdown', label: t('export.markdown'), hint: t('export.markdownHint') },
]

interface ExportMenuProps {
  trigger: ReactElement
  defaultOpen?: boolean
  job: ExportJob
  /** Progress and outcome, for the toolbar's status line. */
  onStatus: (message: string) => void
}

/** The Export menu: every page of the current result, in the current sort. Its code loads on first use. */
export default function ExportMenu({ trigger, defaultOpen, job, onStatus }: ExportMenuProps) {
  const queryClient = useQueryClient()
  const running = useRef(false)
  const start = (kind: ExportKind) => {
    if (running.current) return
    running.current = true
    runExport(kind, job, queryClient, onStatus)
      .then(onStatus, (error: ApiError | Error) => {
        const code = 'code' in error ? `${error.code}: ` : ''
        onStatus(t('export.failed', { detail: `${code}${error.message}` }))
      })
      .finally(() => {
        running.current = false
      })
  }
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className={`${floatingPanel} w-64 p-1`}>
          {items().map((item) => (
            <DropdownMenu.Item key={item.kind} className={menuItemClass} onSelect={() => start(item.kind)}>
              <span className="font-medium">{item.label}</span>
              <span className="text-xs text-neutral-500 dark:text-neutral-400">{item.hint}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}

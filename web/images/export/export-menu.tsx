import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactElement, useRef, useState } from 'react'
import type { ApiError } from '../../lib/api-error'
import { t } from '../../lib/i18n'
import type { LazyOpening } from '../../ui/lazy-menu'
import { floatingPanel } from '../../ui/surface'
import { type PickedExport, readPicked } from './picked-export'
import { EXPORT_CAP, type ExportJob, type ExportKind, type ExportScope, runExport } from './run-export'

const menuItemClass =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-blue-50 dark:data-[highlighted]:bg-blue-950/60'

const items = (): { kind: ExportKind; label: string; hint: string }[] => [
  { kind: 'csv', label: t('export.csv'), hint: t('export.csvHint') },
  { kind: 'json', label: t('export.json'), hint: t('export.jsonHint') },
  { kind: 'markdown', label: t('export.markdown'), hint: t('export.markdownHint') },
]

interface ExportMenuProps {
  trigger: ReactElement
  /** How it opens the first time, from LazyMenu. */
  opening?: LazyOpening
  job: ExportJob
  /** Progress and outcome, for the toolbar's status line. */
  onStatus: (message: string) => void
  /** An earlier export picked to compare with the view (in the summary); without it the item is not offered. */
  onCompare?: (file: PickedExport) => void
}

const radioItemClass = `${menuItemClass} relative pl-7`

/**
 * The Export menu: every page of the current result, in the current sort. A result bigger than one export
 * offers its first images or the page on screen instead. Its code loads on first use.
 */
export default function ExportMenu({ trigger, opening, job, onStatus, onCompare }: ExportMenuProps) {
  const queryClient = useQueryClient()
  const running = useRef(false)
  const picker = useRef<HTMLInputElement>(null)
  const tooMany = job.stamp.total !== null && job.stamp.total > EXPORT_CAP
  const [part, setPart] = useState<'first' | 'page'>('first')
  const scope: ExportScope = tooMany ? part : 'all'
  const start = (kind: ExportKind) => {
    if (running.current) return
    running.current = true
    runExport(kind, scope, job, queryClient, onStatus)
      .then(onStatus, (error: ApiError | Error) => {
        const code = 'code' in error ? `${error.code}: ` : ''
        onStatus(t('export.failed', { detail: `${code}${error.message}` }))
      })
      .finally(() => {
        running.current = false
      })
  }
  return (
    <>
      <DropdownMenu.Root defaultOpen={opening?.defaultOpen}>
        <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={6}
            onFocus={opening?.onFocus}
            className={`${floatingPanel} w-72 p-1`}
          >
            {tooMany && <TooManyChoice total={job.stamp.total ?? 0} part={part} onPart={setPart} />}
            {items().map((item) => (
              <DropdownMenu.Item key={item.kind} className={menuItemClass} onSelect={() => start(item.kind)}>
                <span className="font-medium">{item.label}</span>
                <span className="text-xs text-neutral-500 dark:text-neutral-400">{item.hint}</span>
              </DropdownMenu.Item>
            ))}
            {onCompare && (
              <>
                <DropdownMenu.Separator className="my-1 h-px bg-neutral-200 dark:bg-neutral-700" />
                <DropdownMenu.Item className={menuItemClass} onSelect={() => picker.current?.click()}>
                  <span className="font-medium">{t('changes.pick')}</span>
                  <span className="text-xs text-neutral-500 dark:text-neutral-400">
                    {t('changes.pickHint')}
                  </span>
                </DropdownMenu.Item>
              </>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {onCompare && (
        <input
          ref={picker}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-label={t('changes.pick')}
          hidden
          onChange={(event) => void readPicked(event.target).then((file) => file && onCompare(file))}
        />
      )}
    </>
  )
}

function TooManyChoice({
  total,
  part,
  onPart,
}: {
  total: number
  part: 'first' | 'page'
  onPart: (part: 'first' | 'page') => void
}) {
  return (
    <>
      <DropdownMenu.Label className="px-2 pt-1.5 pb-1 text-xs text-neutral-600 dark:text-neutral-400">
        {t('export.tooManyChoice', { total, cap: EXPORT_CAP })}
      </DropdownMenu.Label>
      <DropdownMenu.RadioGroup
        value={part}
        onValueChange={(value) => onPart(value === 'page' ? 'page' : 'first')}
      >
        {(['first', 'page'] as const).map((value) => (
          <DropdownMenu.RadioItem
            key={value}
            value={value}
            className={radioItemClass}
            onSelect={(event) => event.preventDefault()}
          >
            <DropdownMenu.ItemIndicator className="absolute left-2 top-2.5 h-2 w-2 rounded-full bg-blue-600" />
            {value === 'first' ? t('export.first', { cap: EXPORT_CAP }) : t('export.thisPage')}
          </DropdownMenu.RadioItem>
        ))}
      </DropdownMenu.RadioGroup>
      <DropdownMenu.Separator className="my-1 h-px bg-neutral-200 dark:bg-neutral-700" />
    </>
  )
}

import { lazy, type RefObject, Suspense, useCallback, useEffect, useState } from 'react'
import { t, withLaterWords } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { CopyButton } from '../../ui/copy-button'
import { Icon } from '../../ui/icons'
import { LazyMenu } from '../../ui/lazy-menu'
import type { PickedExport } from '../export/picked-export'
import type { ExportJob } from '../export/run-export'
import type { CliQuery } from '../export/tccli-command'
import { releaseShortcuts } from './early-shortcuts'
import type { ColumnPrefsControl } from './use-column-prefs'
import { useRowShortcuts } from './use-row-shortcuts'

// Menus and dialogs load on their own, with their words, after the first screen, to keep that small.
const loadExportMenu = withLaterWords(() => import('../export/export-menu'))
const ExportMenu = lazy(loadExportMenu)
const loadColumnsMenu = withLaterWords(() => import('./columns-menu'))
const ColumnsMenu = lazy(loadColumnsMenu)
const ShortcutsDialog = lazy(withLaterWords(() => import('./shortcuts-dialog')))
const loadTccli = () => import('../export/tccli-command')

interface ViewToolsProps {
  job: ExportJob
  cliQuery: CliQuery
  prefs: ColumnPrefsControl
  /** The images table, whose rows the keyboard shortcuts move through. */
  table: RefObject<HTMLTableElement | null>
  /** An earlier export picked in the Export menu, to compare with the view. */
  onCompare?: (file: PickedExport) => void
}

/** Copy link, Copy as tccli command, Export, Columns and the shortcuts, with one status line for all. */
export function ViewTools({ job, cliQuery, prefs, table, onCompare }: ViewToolsProps) {
  const [notice, setNotice] = useState('')
  const [help, setHelp] = useState<'closed' | 'open' | 'unmounted'>('unmounted')
  const copyId = useCallback((id: string) => {
    navigator.clipboard.writeText(id).then(
      () => setNotice(t('tools.copiedId', { id })),
      () => setNotice(t('ui.copyFailed')),
    )
  }, [])
  const openHelp = useCallback(() => setHelp('open'), [])
  // The last word stays a while, then goes; a new one (progress, say) starts the wait again.
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(''), 8000)
    return () => clearTimeout(timer)
  }, [notice])
  useRowShortcuts(table, copyId, openHelp)
  // Shortcuts pressed while this code loaded are answered now (the listener above is in place).
  useEffect(() => releaseShortcuts(true), [])

  const exportButton = (
    <Button>
      <Icon name="download" className="h-3.5 w-3.5" />
      {t('tools.export')}
    </Button>
  )
  const columnsButton = (
    <Button>
      <Icon name="columns" className="h-3.5 w-3.5" />
      {t('tools.columns')}
    </Button>
  )
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      {/* Floats over the page, so a message coming and going never moves the buttons. */}
      <p
        role="status"
        className="fixed bottom-16 left-1/2 z-30 max-w-[90vw] -translate-x-1/2 rounded-md bg-neutral-900 px-3 py-1.5 text-xs text-white shadow-lg empty:sr-only dark:bg-neutral-100 dark:text-neutral-900"
      >
        {notice}
      </p>
      <CopyButton text={() => window.location.href} label={t('tools.copyLink')}>
        {t('tools.copyLink')}
      </CopyButton>
      <CopyButton
        text={() => loadTccli().then((module) => module.formatTccliCommand(cliQuery))}
        label={cliQuery.browserFilters?.length ? t('tools.copyTccliNote') : t('tools.copyTccli')}
        aria-label={t('tools.copyTccli')}
      >
        tccli
      </CopyButton>
      <LazyMenu preload={loadExportMenu} trigger={exportButton}>
        {(opening) => (
          <ExportMenu
            trigger={exportButton}
            opening={opening}
            job={job}
            onStatus={setNotice}
            onCompare={onCompare}
          />
        )}
      </LazyMenu>
      <LazyMenu preload={loadColumnsMenu} trigger={columnsButton}>
        {(opening) => <ColumnsMenu trigger={columnsButton} opening={opening} prefs={prefs} />}
      </LazyMenu>
      <Button
        aria-label={t('tools.shortcuts')}
        title={t('tools.shortcutsHint')}
        size="icon"
        className="h-8 w-8"
        onClick={openHelp}
      >
        <span aria-hidden="true" className="font-mono">
          ?
        </span>
      </Button>
      {help !== 'unmounted' && (
        <Suspense fallback={null}>
          <ShortcutsDialog
            open={help === 'open'}
            onOpenChange={(open) => setHelp(open ? 'open' : 'closed')}
          />
        </Suspense>
      )}
    </div>
  )
}

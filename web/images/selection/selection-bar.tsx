import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { useState } from 'react'
import { downloadText } from '../../lib/download'
import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Icon } from '../../ui/icons'
import { floatingPanel } from '../../ui/surface'
import type { ImageField } from '../data/image-model'
import { exportFileName, localFilterWords, toCsv, toJson } from '../export/export-formats'
import type { LocalFilters } from '../local-filters/local-filters'
import { MAX_COMPARE } from '../view-state/url-state'
import { useZone } from '../view-state/use-time-zone'
import { formatSelectedIds, type Selection, shownSelection } from './selection'

const menuItemClass =
  'flex cursor-default rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-blue-50 dark:data-[highlighted]:bg-blue-950/60'

interface SelectionBarProps {
  selection: Selection
  region: string
  columns: readonly ImageField[]
  /** The browser-side filters: what they hide of the selection is neither copied nor exported. */
  local: LocalFilters
  onCompare: (ids: string[]) => void
  onClear: () => void
}

/**
 * What can be done with the selected images: copy their IDs, export them, compare two or three, clear.
 * Copies and exports hold what the screen can show: the selected images the browser-side filters keep.
 */
export default function SelectionBar(props: SelectionBarProps) {
  const { selection, region, columns, local, onCompare, onClear } = props
  const [notice, setNotice] = useState('')
  const zone = useZone()
  const count = selection.size
  const canCompare = count >= 2 && count <= MAX_COMPARE
  const { images: shown, hidden } = shownSelection(selection, local)
  const leftOut = hidden > 0 ? t('selection.leftOut', { count: hidden }) : ''
  const copyIds = () =>
    navigator.clipboard.writeText(formatSelectedIds(shown)).then(
      () => setNotice(`${t('selection.copied', { count: shown.length })}${leftOut}`),
      () => setNotice(t('ui.copyFailed')),
    )
  const download = (kind: 'csv' | 'json') => {
    const filters = [`selected ${shown.length}`]
    const name = exportFileName({ region, filters, local: localFilterWords(local), time: Date.now() }, kind)
    if (kind === 'csv') downloadText(name, toCsv(shown, columns, zone), 'text/csv;charset=utf-8')
    else downloadText(name, toJson(shown), 'application/json')
    setNotice(`${t('selection.downloaded', { count: shown.length, file: name })}${leftOut}`)
  }
  return (
    <section
      aria-label={t('selection.label')}
      className="flex flex-wrap items-center gap-2 rounded-md border border-blue-200 bg-blue-50 px-3 py-1.5 text-sm dark:border-blue-900 dark:bg-blue-950/40 print:hidden"
    >
      <span className="font-medium text-blue-900 tabular-nums dark:text-blue-100">
        {t('selection.count', { count })}
        {hidden > 0 && t('selection.hidden', { count: hidden })}
      </span>
      <Button size="sm" onClick={copyIds}>
        <Icon name="copy" className="h-3.5 w-3.5" />
        {t('selection.copyIds')}
      </Button>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <Button size="sm">
            <Icon name="download" className="h-3.5 w-3.5" />
            {t('selection.export')}
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="start" sideOffset={6} className={`${floatingPanel} w-48 p-1`}>
            <DropdownMenu.Item className={menuItemClass} onSelect={() => download('csv')}>
              CSV
            </DropdownMenu.Item>
            <DropdownMenu.Item className={menuItemClass} onSelect={() => download('json')}>
              JSON
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <Button
        size="sm"
        disabled={!canCompare}
        title={canCompare ? t('selection.compareHint') : t('selection.compareHowMany', { max: MAX_COMPARE })}
        onClick={() => onCompare([...selection.keys()])}
      >
        {t('selection.compare')}
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        {t('selection.clear')}
      </Button>
      <p role="status" className="text-xs text-neutral-700 empty:sr-only dark:text-neutral-300">
        {notice}
      </p>
    </section>
  )
}

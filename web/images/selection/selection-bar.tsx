import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { useState } from 'react'
import { downloadText } from '../../lib/download'
import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Icon } from '../../ui/icons'
import { floatingPanel } from '../../ui/surface'
import type { ImageField } from '../data/image-model'
import { exportFileName, toCsv, toJson } from '../export/export-formats'
import { MAX_COMPARE } from '../view-state/url-state'
import { useZone } from '../view-state/use-time-zone'
import { formatSelectedIds, type Selection, selectedImages } from './selection'

const menuItemClass =
  'flex cursor-default rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-blue-50 dark:data-[highlighted]:bg-blue-950/60'

interface SelectionBarProps {
  selection: Selection
  region: string
  columns: readonly ImageField[]
  onCompare: (ids: string[]) => void
  onClear: () => void
}

/** What can be done with the selected images: copy their IDs, export them, compare two or three, clear. */
export default function SelectionBar({ selection, region, columns, onCompare, onClear }: SelectionBarProps) {
  const [notice, setNotice] = useState('')
  const zone = useZone()
  const count = selection.size
  const canCompare = count >= 2 && count <= MAX_COMPARE
  const copyIds = () =>
    navigator.clipboard.writeText(formatSelectedIds(selection)).then(
      () => setNotice(t('selection.copied', { count })),
      () => setNotice(t('ui.copyFailed')),
    )
  const download = (kind: 'csv' | 'json') => {
    const list = selectedImages(selection)
    const name = exportFileName({ region, filters: [`selected ${list.length}`], time: Date.now() }, kind)
    if (kind === 'csv') downloadText(name, toCsv(list, columns, zone), 'text/csv;charset=utf-8')
    else downloadText(name, toJson(list), 'application/json')
    setNotice(t('selection.downloaded', { count: list.length, file: name }))
  }
  return (
    <section
      aria-label={t('selection.label')}
      className="flex flex-wrap items-center gap-2 rounded-md border border-blue-200 bg-blue-50 px-3 py-1.5 text-sm dark:border-blue-900 dark:bg-blue-950/40 print:hidden"
    >
      <span className="font-medium text-blue-900 tabular-nums dark:text-blue-100">
        {t('selection.count', { count })}
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

import { useState } from 'react'
import { columnLabel, compactUtc, markdownCell, useApi, useZone } from '../images/public'
import { csvLines } from '../lib/csv'
import { downloadText } from '../lib/download'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'
import { Icon } from '../ui/icons'
import { cellText, cleanupColumns, columnTitle, toCleanupJson } from './cleanup-rows'
import type { CleanupRow } from './use-cleanup'

/** The review as files: CSV and JSON with Verdict and Reason, and a Markdown table under its stamp. */
export function CleanupExports({
  rows,
  region,
  days,
  stamp,
}: {
  rows: readonly CleanupRow[]
  region: string
  days: number
  stamp: readonly string[]
}) {
  const zone = useZone()
  const columns = cleanupColumns(useApi() ?? 'v3')
  const [notice, setNotice] = useState('')
  const header = columns.map((column) => columnTitle(column, columnLabel))
  const cells = rows.map((row) => columns.map((column) => cellText(row, column, zone)))
  const name = (extension: string) =>
    `cvm-cleanup_${region}_older-${days}d_${compactUtc(Date.now())}.${extension}`
  const download = (extension: 'csv' | 'json') => {
    const file = name(extension)
    if (extension === 'csv') downloadText(file, csvLines([header, ...cells]), 'text/csv;charset=utf-8')
    else downloadText(file, toCleanupJson(rows), 'application/json')
    setNotice(t('cleanup.exported', { count: rows.length, name: file }))
  }
  const copyMarkdown = () => {
    const line = (values: readonly string[]) => `| ${values.map(markdownCell).join(' | ')} |`
    const table = [line(header), line(header.map(() => '---')), ...cells.map(line)]
    const text = `${stamp.join(t('stamp.separator'))}\n\n${table.join('\n')}\n`
    navigator.clipboard.writeText(text).then(
      () => setNotice(t('cleanup.copied', { count: rows.length })),
      () => setNotice(t('ui.copyFailed')),
    )
  }
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden review:hidden">
      <Button onClick={() => download('csv')}>
        <Icon name="download" className="h-3.5 w-3.5" />
        {t('cleanup.exportCsv')}
      </Button>
      <Button onClick={() => download('json')}>
        <Icon name="download" className="h-3.5 w-3.5" />
        {t('cleanup.exportJson')}
      </Button>
      <Button onClick={copyMarkdown}>
        <Icon name="copy" className="h-3.5 w-3.5" />
        {t('cleanup.copyMarkdown')}
      </Button>
      <span role="status" className="text-xs text-neutral-600 dark:text-neutral-400">
        {notice}
      </span>
    </div>
  )
}

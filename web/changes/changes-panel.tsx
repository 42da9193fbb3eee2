import { useId, useMemo, useState } from 'react'
import { exportedRaw, type Image } from '../images/public'
import { downloadText } from '../lib/download'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'
import { type ChangeWords, changesCsv } from './changes-csv'
import { ChangesTable, type Shown } from './changes-table'
import { CHANGE_GROUPS, type Changes, changeCount, compareRecords } from './compare-records'
import { type FileWarning, fileWarnings } from './export-file-name'
import { ExportReadError, readExport, recordsFromJson } from './export-records'
import type { PickedFile } from './file-pick-button'

interface ChangesPanelProps {
  file: PickedFile
  /** What the view holds now. */
  images: readonly Image[]
  /** Only the first images of the view were loaded. */
  partial: boolean
  /** The name the view's own export would have now: its region and filters, for the warnings. */
  viewName: string
  onClose: () => void
  onStatus: (message: string) => void
}

export function changeWords(): ChangeWords {
  return {
    header: [
      t('changes.col.change'),
      t('column.id'),
      t('column.name'),
      t('changes.col.fields'),
      t('changes.before'),
      t('changes.after'),
    ],
    group: {
      added: t('changes.group.added'),
      removed: t('changes.group.removed'),
      changed: t('changes.group.changed'),
    },
    field: {
      name: t('changes.field.name'),
      state: t('changes.field.state'),
      family: t('changes.field.family'),
      deprecated: t('changes.field.deprecated'),
      sharedWith: t('changes.field.sharedWith'),
      instances: t('changes.field.instances'),
    },
  }
}

function warningText(warning: FileWarning): string {
  if (warning.kind === 'region') return t('changes.warnRegion', warning)
  if (warning.kind === 'filters') return t('changes.warnFilters', warning)
  return t('changes.warnName')
}

function compare(file: PickedFile, images: readonly Image[]): Changes | string {
  try {
    return compareRecords(readExport(file.content), recordsFromJson(images.map(exportedRaw)))
  } catch (error) {
    const notJson = error instanceof ExportReadError && error.reason === 'not-json'
    return t('changes.failed', { detail: notJson ? t('changes.notJson') : t('changes.notExport') })
  }
}

/**
 * What changed since an earlier export of this app: Added, Removed (listed by ID and name from the file,
 * since the API no longer returns them) and Changed (which fields), with a filter to each group and an
 * export of the changes. The file is read in the browser; nothing is uploaded.
 */
export default function ChangesPanel({
  file,
  images,
  partial,
  viewName,
  onClose,
  onStatus,
}: ChangesPanelProps) {
  const heading = useId()
  const [shown, setShown] = useState<Shown>('all')
  const changes = useMemo(() => compare(file, images), [file, images])
  const warnings = [
    ...fileWarnings(file.name, viewName).map(warningText),
    ...(partial ? [t('changes.warnPartial')] : []),
  ]
  const exportChanges = (result: Changes) => {
    const name = viewName.replace(/^cvm-images_/, 'cvm-images-changes_').replace(/\.json$/, '.csv')
    downloadText(name, changesCsv(result, changeWords()), 'text/csv;charset=utf-8')
    onStatus(t('changes.exported', { name }))
  }
  return (
    <section
      aria-labelledby={heading}
      className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-3 dark:border-neutral-800"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={heading} className="text-sm font-semibold break-all">
          {t('changes.title', { file: file.name })}
        </h2>
        <Button onClick={onClose}>{t('changes.close')}</Button>
      </div>
      {warnings.length > 0 && (
        <ul className="flex flex-col gap-1 text-xs text-amber-800 dark:text-amber-300">
          {warnings.map((warning) => (
            <li key={warning}>⚠ {warning}</li>
          ))}
        </ul>
      )}
      {typeof changes === 'string' ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {changes}
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm tabular-nums">
              {t('changes.counts', {
                added: changes.added.length,
                removed: changes.removed.length,
                changed: changes.changed.length,
              })}
            </p>
            <Button onClick={() => exportChanges(changes)} disabled={changeCount(changes) === 0}>
              {t('changes.exportCsv')}
            </Button>
          </div>
          <GroupFilter changes={changes} shown={shown} onShown={setShown} />
          {changeCount(changes) === 0 ? (
            <p className="text-sm text-neutral-600 dark:text-neutral-400">{t('changes.none')}</p>
          ) : (
            <ChangesTable changes={changes} shown={shown} />
          )}
        </>
      )}
    </section>
  )
}

function GroupFilter({
  changes,
  shown,
  onShown,
}: {
  changes: Changes
  shown: Shown
  onShown: (s: Shown) => void
}) {
  const groups: Shown[] = ['all', ...CHANGE_GROUPS]
  const count = (group: Shown) => (group === 'all' ? changeCount(changes) : changes[group].length)
  return (
    <fieldset aria-label={t('changes.groups')} className="flex flex-wrap gap-1.5">
      {groups.map((group) => (
        <Button
          key={group}
          size="sm"
          aria-pressed={shown === group}
          className="aria-pressed:border-blue-600 aria-pressed:bg-blue-50 aria-pressed:text-blue-800 dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-950 dark:aria-pressed:text-blue-100"
          onClick={() => onShown(group)}
        >
          {t(`changes.group.${group}`)} ({count(group)})
        </Button>
      ))}
    </fieldset>
  )
}

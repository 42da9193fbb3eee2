import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Icon } from '../../ui/icons'
import { columnLabel } from '../data/column-text'
import type { ImageField } from '../data/image-model'
import { DENSITIES, menuOrder, moveColumn, toggleColumn } from '../view-state/column-prefs'
import type { ColumnPrefsControl } from './use-column-prefs'

const headingClass =
  'mb-1 text-xs font-semibold tracking-wide text-neutral-500 uppercase dark:text-neutral-400'

function ColumnRow({ field, prefs }: { field: ImageField; prefs: ColumnPrefsControl }) {
  const { columns, setColumns } = prefs
  const label = columnLabel(field)
  const index = columns.indexOf(field)
  const visible = index >= 0
  return (
    <li className="flex items-center gap-1">
      <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 py-1 text-sm">
        <input
          type="checkbox"
          checked={visible}
          disabled={visible && columns.length === 1}
          onChange={() => setColumns(toggleColumn(columns, field))}
          className="h-4 w-4 accent-blue-600"
        />
        {label}
      </label>
      <Button
        variant="ghost"
        size="icon"
        aria-label={t('columns.moveUp', { label })}
        disabled={!visible || index === 0}
        onClick={() => setColumns(moveColumn(columns, field, -1))}
      >
        <Icon name="chevronUp" className="h-3.5 w-3.5" />
      </Button>
      <Button
        variant="ghost"
        size="icon"
        aria-label={t('columns.moveDown', { label })}
        disabled={!visible || index === columns.length - 1}
        onClick={() => setColumns(moveColumn(columns, field, 1))}
      >
        <Icon name="chevronDown" className="h-3.5 w-3.5" />
      </Button>
    </li>
  )
}

/** The Columns panel: show or hide and reorder columns, pick the row density. Loaded when first opened. */
export default function ColumnsPanel({ prefs }: { prefs: ColumnPrefsControl }) {
  return (
    <div className="flex w-64 flex-col gap-3">
      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading" className={headingClass}>
          {t('tools.columns')}
        </h2>
        <ul className="flex flex-col">
          {menuOrder(prefs.columns).map((field) => (
            <ColumnRow key={field} field={field} prefs={prefs} />
          ))}
        </ul>
      </section>
      <fieldset>
        <legend className={headingClass}>{t('columns.density')}</legend>
        <div className="flex gap-4">
          {DENSITIES.map((density) => (
            <label key={density} className="flex cursor-pointer items-center gap-2 text-sm">
              <input
                type="radio"
                name="density"
                checked={prefs.density === density}
                onChange={() => prefs.setDensity(density)}
                className="h-4 w-4 accent-blue-600"
              />
              {t(`columns.${density}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button variant="ghost" size="sm" className="self-start" onClick={prefs.reset}>
        {t('columns.reset')}
      </Button>
    </div>
  )
}

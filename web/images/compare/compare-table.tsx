import { t } from '../../lib/i18n'
import type { Image } from '../data/image-model'
import type { CompareRow } from './compare-rows'

/**
 * Fields down the side, one column per image; a row whose values differ is marked, in colour and in words.
 * The smaller labels sit on their values' baseline, so each reads as one line with its values.
 */
export function CompareTable({ images, rows }: { images: readonly Image[]; rows: readonly CompareRow[] }) {
  return (
    <table aria-label={t('compare.table')} className="w-full border-separate border-spacing-0 text-sm">
      <thead>
        <tr>
          <th
            scope="col"
            className="sticky top-0 z-10 w-36 border-b border-neutral-200 bg-white px-3 py-2 text-left text-xs font-semibold text-neutral-600 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-300"
          >
            {t('compare.field')}
          </th>
          {images.map((image) => (
            <th
              key={image.id}
              scope="col"
              translate="no"
              className="sticky top-0 z-10 min-w-48 border-b border-neutral-200 bg-white px-3 py-2 text-left align-top font-semibold break-words dark:border-neutral-800 dark:bg-neutral-900"
            >
              {image.name || image.id}
              <span className="block font-mono text-xs font-normal text-neutral-500 dark:text-neutral-400">
                {image.id}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className={row.differs ? 'bg-amber-50 dark:bg-amber-950/40' : undefined}>
            <th
              scope="row"
              className={`border-b border-neutral-100 px-3 py-1.5 text-left align-baseline text-xs font-medium text-neutral-600 dark:border-neutral-800 dark:text-neutral-300 ${row.differs ? 'border-l-2 border-l-amber-500' : ''}`}
            >
              {row.label}
              {row.differs && <span className="sr-only">{t('compare.differs')}</span>}
            </th>
            {row.values.map((value, index) => (
              <td
                // Values repeat across images; the column index is what tells the cells apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
                key={index}
                translate={row.data ? 'no' : undefined}
                className="border-b border-neutral-100 px-3 py-1.5 align-baseline break-words text-neutral-800 dark:border-neutral-800 dark:text-neutral-200"
              >
                {value || '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

import { t } from '../../lib/i18n'
import { buttonClass } from '../../ui/button'
import { HiddenFields } from '../../ui/hidden-fields'
import { selectClass } from '../../ui/surface'
import { useRegionOptions } from '../data/region-options'
import { useApi } from '../data/use-api-view'

/**
 * The region picker: the live region list in 3.0 mode, the built-in one otherwise (region-options.ts). A region
 * from a link that no list has is shown as it is, never as another region.
 */
export function RegionSelect({
  region,
  onChange,
  fields,
}: {
  region: string | null
  onChange: (region: string) => void
  /** The rest of the URL a region goes to: without the script the picker is a GET form with a button. */
  fields: readonly [string, string][]
}) {
  const options = useRegionOptions(useApi(), region)
  return (
    <form method="get" className="contents">
      <HiddenFields fields={fields} />
      <select
        name="region"
        aria-label={t('region.label')}
        className={`${selectClass} w-full min-w-0 sm:w-72`}
        value={region ?? ''}
        disabled={region === null}
        onChange={(event) => onChange(event.target.value)}
      >
        {region === null && <option value="">{t('ui.loading')}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      {/* Only without the script, so nothing moves when the script takes over. */}
      <noscript>
        <button type="submit" className={buttonClass()}>
          {t('region.apply')}
        </button>
      </noscript>
    </form>
  )
}

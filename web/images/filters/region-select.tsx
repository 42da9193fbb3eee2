import { t } from '../../lib/i18n'
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
}: {
  region: string | null
  onChange: (region: string) => void
}) {
  const options = useRegionOptions(useApi(), region)
  return (
    <select
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
  )
}

import { REGIONS } from '../../../core/regions'
import { t } from '../../lib/i18n'
import { selectClass } from '../../ui/surface'
import { regionLabel } from '../data/region-label'

/** The region picker; "Guangzhou (ap-guangzhou)", "华南地区(广州) ap-guangzhou" for each region. */
export function RegionSelect({
  region,
  onChange,
}: {
  region: string | null
  onChange: (region: string) => void
}) {
  return (
    <select
      aria-label={t('region.label')}
      className={`${selectClass} w-full min-w-0 sm:w-72`}
      value={region ?? ''}
      disabled={region === null}
      onChange={(event) => onChange(event.target.value)}
    >
      {region === null && <option value="">{t('ui.loading')}</option>}
      {REGIONS.map((option) => (
        <option key={option.id} value={option.id}>
          {regionLabel(option.id)}
        </option>
      ))}
    </select>
  )
}

import { formatRegion, REGIONS } from '../../../core/regions'
import { selectClass } from '../../ui/surface'

/** The region picker; "Guangzhou (ap-guangzhou)" for each region. */
export function RegionSelect({
  region,
  onChange,
}: {
  region: string | null
  onChange: (region: string) => void
}) {
  return (
    <select
      aria-label="Region"
      className={`${selectClass} w-full min-w-0 sm:w-72`}
      value={region ?? ''}
      disabled={region === null}
      onChange={(event) => onChange(event.target.value)}
    >
      {region === null && <option value="">Loading…</option>}
      {REGIONS.map((option) => (
        <option key={option.id} value={option.id}>
          {formatRegion(option.id)}
        </option>
      ))}
    </select>
  )
}

import type { TimeZone } from '../../lib/format'
import { t } from '../../lib/i18n'
import { selectClass } from '../../ui/surface'
import type { TimeZoneChoice } from '../view-state/url-state'

/** The "Time zone" picker: the browser's own zone (named by its offset) or UTC. */
export function TimeZoneSelect({
  choice,
  local,
  onChange,
}: {
  choice: TimeZoneChoice
  /** The browser's zone, for the Local option's label. */
  local: TimeZone
  onChange: (choice: TimeZoneChoice) => void
}) {
  return (
    <select
      aria-label={t('zone.label')}
      title={t('zone.hint')}
      className={`${selectClass} min-w-0 flex-1 sm:w-36 sm:flex-none`}
      value={choice}
      onChange={(event) => onChange(event.target.value === 'utc' ? 'utc' : 'local')}
    >
      <option value="local">{t('zone.local', { label: local.label })}</option>
      <option value="utc">UTC</option>
    </select>
  )
}

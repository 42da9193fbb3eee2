import { useQuery } from '@tanstack/react-query'
import { describeImagesQuery, useApi } from '../images/public'
import { t } from '../lib/i18n'
import { Icon } from '../ui/icons'
import { quotaState } from './quota'
import { quotaQuery } from './quota-query'

/** The region's custom images: one image asked for, for the total ('' asks the proxy's default region). */
const customCount = (region: string) =>
  describeImagesQuery({
    region,
    imageIds: [],
    filters: [{ name: 'image-type', values: ['PRIVATE_IMAGE'] }],
    offset: 0,
    limit: 1,
  })

/**
 * "Custom images: 8 of 500": how many custom images the region holds against DescribeImageQuota, with a warning
 * from 80 %. The legacy API has no quota action: the count stands alone and says so. On the first screen, so
 * its words are the first screen's and it loads nothing else.
 */
export default function QuotaMeter({
  region,
  listRegion,
  known,
}: {
  /** The region, named. */
  region: string
  /** The region as the list asks for it ('' for the proxy's default), so the count shares its cache. */
  listRegion: string
  /** The count, when the view on screen is exactly the region's custom images. */
  known?: number
}) {
  const api = useApi()
  const count = useQuery({ ...customCount(listRegion), enabled: known === undefined })
  const quota = useQuery({ ...quotaQuery(region), enabled: api === 'v3' })
  const used = known ?? count.data?.totalCount
  if (used === undefined || api === null) return null
  const muted = 'text-xs text-neutral-600 dark:text-neutral-400'
  if (api === 'legacy') return <p className={muted}>{t('usage.quotaLegacy', { used })}</p>
  if (quota.error) {
    return (
      <p className={muted} title={quota.error.code}>
        {t('usage.quotaUnread', { used, action: 'cvm:DescribeImageQuota' })}
      </p>
    )
  }
  if (quota.data == null) return null
  const state = quotaState(used, quota.data)
  const warn = state.level !== 'ok'
  const warning = state.level === 'full' ? t('usage.quotaFull') : t('usage.quotaNear', { left: state.left })
  return (
    <p
      className={`flex items-center gap-2 text-xs ${warn ? 'font-medium text-amber-800 dark:text-amber-300' : 'text-neutral-600 dark:text-neutral-400'}`}
    >
      {warn && <Icon name="alert" className="h-3.5 w-3.5" />}
      <span>{t('usage.quota', { used, quota: state.quota })}</span>
      <span
        aria-hidden="true"
        className="h-1.5 w-16 overflow-hidden rounded-full bg-neutral-200 dark:bg-neutral-700"
      >
        <span
          className={`block h-full ${warn ? 'bg-amber-500' : 'bg-blue-600 dark:bg-blue-400'}`}
          style={{ width: `${Math.round(state.share * 100)}%` }}
        />
      </span>
      {warn && <span>{warning}</span>}
    </p>
  )
}

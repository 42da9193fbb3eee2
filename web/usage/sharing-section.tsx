import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useId } from 'react'
import { type Image, useZone } from '../images/public'
import { formatTime } from '../lib/format'
import { t } from '../lib/i18n'
import { sectionHeading, smallTable } from '../ui/surface'
import { ActionProblem } from './action-problem'
import { sharingQuery } from './usage-queries'

/**
 * Only an account's own custom images have a sharing list it can read: a public image is everyone's, a shared
 * one belongs to another account (Tencent answers UnauthorizedOperation.ImageNotBelongToAccount). For those the
 * drawer says so and asks nothing.
 */
export function sharingNotApplicable(image: Image): string | null {
  if (image.type === 'PRIVATE_IMAGE') return null
  if (image.type === 'SHARED_IMAGE') return t('usage.shareShared')
  return t('usage.sharePublic')
}

/** The drawer's Shared with: the accounts a custom image is shared with and since when, or that it is not. */
export function SharingSection({ image, region }: { image: Image; region: string }) {
  const headingId = useId()
  const zone = useZone()
  const notApplicable = sharingNotApplicable(image)
  const sharing = useQuery({ ...sharingQuery(region, image.id), enabled: notApplicable === null })
  let body: ReactNode
  if (notApplicable) body = <p className="text-sm text-neutral-600 dark:text-neutral-400">{notApplicable}</p>
  else if (sharing.error) {
    body = (
      <ActionProblem
        action="DescribeImageSharePermission"
        error={sharing.error}
        onRetry={() => void sharing.refetch()}
      />
    )
  } else if (!sharing.data)
    body = <p className="text-sm text-neutral-600 dark:text-neutral-400">{t('ui.loading')}</p>
  else if (sharing.data.length === 0) body = <p className="text-sm">{t('usage.notShared')}</p>
  else {
    body = (
      <>
        <p className="text-sm font-medium">{t('usage.sharedCount', { count: sharing.data.length })}</p>
        <table aria-labelledby={headingId} className={`mt-2 ${smallTable.table}`}>
          <thead className={smallTable.head}>
            <tr className={smallTable.headRow}>
              <th className={`${smallTable.cell} font-medium`}>{t('usage.account')}</th>
              <th className={`${smallTable.cell} font-medium`}>{t('usage.since')}</th>
            </tr>
          </thead>
          <tbody>
            {sharing.data.map((account) => {
              const since = Date.parse(account.since)
              return (
                <tr key={account.accountId} className={smallTable.row}>
                  <td translate="no" className={`${smallTable.cell} font-mono text-xs`}>
                    {account.accountId}
                  </td>
                  <td className={`${smallTable.cell} whitespace-nowrap`}>
                    {Number.isFinite(since) ? formatTime(since, zone) : account.since || '—'}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </>
    )
  }
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t('usage.sharedWith')}
      </h3>
      {body}
    </section>
  )
}

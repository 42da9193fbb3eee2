import { useId, useMemo, useState } from 'react'
import { INSTANCE_STATES } from '../../core/describe-instances'
import { isOneOf } from '../../core/json'
import { compactUtc, useZone } from '../images/public'
import { csvLines } from '../lib/csv'
import { downloadText } from '../lib/download'
import { formatTime } from '../lib/format'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'
import { CopyButton } from '../ui/copy-button'
import { Icon } from '../ui/icons'
import { sectionHeading, smallTable } from '../ui/surface'
import { ActionProblem } from './action-problem'
import { instancesOf, type ScannedInstance, usageByImage } from './instance-scan'
import { ScanLine } from './scan-line'
import { useInstanceScan } from './usage-queries'

/** The drawer lists this many instances; Copy IDs and the CSV have them all. */
export const SHOWN_INSTANCES = 100

const COLUMNS = ['id', 'name', 'state', 'type', 'zone', 'ip', 'created'] as const

/** A state in the page's words; one this app does not know is shown as Tencent sent it. */
const stateLabel = (state: string) => (isOneOf(INSTANCE_STATES, state) ? t(`instanceState.${state}`) : state)

function cells(instance: ScannedInstance, zone: ReturnType<typeof useZone>): string[] {
  const created = Date.parse(instance.created)
  return [
    instance.id,
    instance.name,
    stateLabel(instance.state),
    instance.type,
    instance.zone,
    instance.privateIp,
    Number.isFinite(created) ? formatTime(created, zone) : instance.created,
  ]
}

/** "Used by 150 instances (130 running, 20 stopped)", or not used, as far as the scan could tell. */
function usageSentence(running: readonly ScannedInstance[], imageId: string): string {
  const usage = usageByImage(running).get(imageId)
  if (!usage) return t('usage.unused')
  return t('usage.usedBy', {
    count: usage.total,
    running: usage.running,
    stopped: usage.stopped,
    other: usage.other,
  })
}

/** The drawer's Instances: how many instances run the image, by state, and which (the first 100). */
export function InstancesSection({ imageId, region }: { imageId: string; region: string }) {
  const headingId = useId()
  const zone = useZone()
  const scan = useInstanceScan(region)
  const [notice, setNotice] = useState('')
  const running = useMemo(() => (scan.data ? instancesOf(scan.data, imageId) : []), [scan.data, imageId])
  const header = COLUMNS.map((column) => t(`usage.col.${column}`))
  const exportCsv = () => {
    const name = `cvm-instances_${region}_${imageId}_${compactUtc(Date.now())}.csv`
    const rows = running.map((instance) => cells(instance, zone))
    downloadText(name, csvLines([header, ...rows]), 'text/csv;charset=utf-8')
    setNotice(t('usage.exported', { count: rows.length, name }))
  }
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t('usage.instances')}
      </h3>
      {scan.error ? (
        <ActionProblem action="DescribeInstances" error={scan.error} onRetry={() => void scan.refetch()} />
      ) : !scan.data ? (
        <ScanLine region={region} />
      ) : (
        <>
          <p className="text-sm font-medium">{usageSentence(running, imageId)}</p>
          <ScanLine region={region} scan={scan.data} />
          {running.length > 0 && (
            <>
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <CopyButton
                  text={() => running.map((instance) => instance.id).join('\n')}
                  label={t('usage.copyIds')}
                  size="sm"
                >
                  {t('usage.copyIds')}
                </CopyButton>
                <Button size="sm" onClick={exportCsv}>
                  <Icon name="download" className="h-3.5 w-3.5" />
                  {t('usage.exportCsv')}
                </Button>
                <span role="status" className="text-xs text-neutral-600 dark:text-neutral-400">
                  {notice}
                </span>
              </div>
              <InstanceTable instances={running} header={header} zone={zone} />
            </>
          )}
        </>
      )}
    </section>
  )
}

function InstanceTable({
  instances,
  header,
  zone,
}: {
  instances: ScannedInstance[]
  header: string[]
  zone: ReturnType<typeof useZone>
}) {
  const shown = instances.slice(0, SHOWN_INSTANCES)
  return (
    // A focusable region, so keyboard users can scroll the wide table sideways.
    <section
      aria-label={t('usage.tableLabel')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-2 overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      <table aria-label={t('usage.tableLabel')} className={smallTable.table}>
        <thead className={smallTable.head}>
          <tr className={smallTable.headRow}>
            {header.map((label) => (
              <th key={label} className={`${smallTable.cell} font-medium whitespace-nowrap`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((instance) => (
            <tr key={instance.id} className={smallTable.row}>
              {cells(instance, zone).map((text, index) => (
                <td
                  key={COLUMNS[index]}
                  translate={index === 2 ? undefined : 'no'}
                  className={`${smallTable.cell} whitespace-nowrap ${index === 0 ? 'font-mono text-xs' : ''}`}
                >
                  {text || '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {instances.length > shown.length && (
        <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
          {t('usage.more', { count: instances.length - shown.length })}
        </p>
      )}
    </section>
  )
}

import { useZone } from '../images/public'
import { formatTime } from '../lib/format'
import { t } from '../lib/i18n'
import type { InstanceScan } from './instance-scan'
import { useScanProgress } from './scan-region'

/**
 * Where the region's instance scan stands: its progress while it runs ("Scanned 300 of 1,250 instances"), then
 * when it ran and how long it took, and whether it was cut short.
 */
export function ScanLine({ region, scan }: { region: string; scan?: InstanceScan }) {
  const zone = useZone()
  const progress = useScanProgress(region)
  if (!scan) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-neutral-600 dark:text-neutral-400">
        <span>{t('usage.scanning')}</span>
        {progress && progress.total > 0 && (
          <>
            <progress
              className="h-1.5 w-24 accent-blue-600"
              max={progress.total}
              value={progress.scanned}
              aria-hidden="true"
            />
            <span className="tabular-nums">{t('usage.scanProgress', progress)}</span>
          </>
        )}
      </p>
    )
  }
  const seconds = (scan.ms / 1000).toFixed(1)
  return (
    <p className="text-xs text-neutral-600 dark:text-neutral-400">
      {t('usage.scanned', {
        count: scan.complete ? scan.total : scan.instances.length,
        time: formatTime(scan.scannedAt, zone),
        seconds,
      })}
      {!scan.complete && (
        <span className="block text-amber-800 dark:text-amber-300">
          {t('usage.cutShort', { scanned: scan.instances.length, total: scan.total })}
        </span>
      )}
    </p>
  )
}

import { ActionProblem } from './action-problem'
import { ScanLine } from './scan-line'
import { useInstanceScan } from './usage-queries'

/**
 * Beside the list while its Instances column is shown: the scan's progress, or why the counts cannot be shown
 * (the column's cells then hold dashes); nothing once the counts are in.
 */
export default function ColumnScanNote({ region }: { region: string }) {
  const scan = useInstanceScan(region)
  if (scan.error) {
    return <ActionProblem action="DescribeInstances" error={scan.error} onRetry={() => void scan.refetch()} />
  }
  if (scan.data) return scan.data.complete ? null : <ScanLine region={region} scan={scan.data} />
  return <ScanLine region={region} />
}

/**
 * A scan of a region's instances: DescribeInstances has no image filter (tencent-api §13), so "which instances
 * run this image" means paging through every instance of the region and matching ImageId. Pure: the pages come
 * from `fetchPage`.
 */
import { MAX_INSTANCE_IDS } from '../../core/describe-instances'
import { isRecord } from '../../core/json'
import { fetchRemainingPages, uniqueById } from '../lib/paged'

/** DescribeInstances' largest Limit (the same 100 as its InstanceIds). */
export const INSTANCE_PAGE = MAX_INSTANCE_IDS
/** A scan stops here and says so: 500 pages, about 13 s at Tencent's 40 calls a second. */
export const SCAN_CAP = 50_000
const CONCURRENCY = 6

/** The fields of an instance the app shows. */
export interface ScannedInstance {
  id: string
  name: string
  state: string
  type: string
  zone: string
  privateIp: string
  /** As Tencent sends it, `YYYY-MM-DDThh:mm:ssZ`; '' when absent. */
  created: string
  imageId: string
}

export interface InstancePage {
  total: number
  instances: ScannedInstance[]
}

export interface InstanceScan {
  instances: ScannedInstance[]
  /** The region's instance count, from the first page. */
  total: number
  /** False when the region has more instances than SCAN_CAP: counts are then lower bounds. */
  complete: boolean
  /** When the scan ended (epoch ms) and how long it took. */
  scannedAt: number
  ms: number
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function readInstance(item: unknown): ScannedInstance | null {
  if (!isRecord(item) || typeof item.InstanceId !== 'string') return null
  const placement = isRecord(item.Placement) ? item.Placement : {}
  const ips = Array.isArray(item.PrivateIpAddresses) ? item.PrivateIpAddresses : []
  return {
    id: item.InstanceId,
    name: text(item.InstanceName),
    state: text(item.InstanceState),
    type: text(item.InstanceType),
    zone: text(placement.Zone),
    privateIp: ips.filter((ip) => typeof ip === 'string').join(', '),
    created: text(item.CreatedTime),
    imageId: text(item.ImageId),
  }
}

/** A DescribeInstances answer (either API, through the proxy) as the app's model. */
export function normalizeInstances(body: unknown): InstancePage {
  const response = isRecord(body) && isRecord(body.Response) ? body.Response : {}
  const set = Array.isArray(response.InstanceSet) ? response.InstanceSet : []
  const instances = set.map(readInstance).filter((instance) => instance !== null)
  const total = typeof response.TotalCount === 'number' ? response.TotalCount : instances.length
  return { total, instances }
}

/** Every instance of a region, up to `cap`, a few pages at a time, with progress as pages arrive. */
export async function scanInstances(options: {
  fetchPage: (offset: number, limit: number) => Promise<InstancePage>
  onProgress?: (scanned: number, total: number) => void
  now?: () => number
  cap?: number
}): Promise<InstanceScan> {
  const { fetchPage, onProgress, now = Date.now, cap = SCAN_CAP } = options
  const started = now()
  const first = await fetchPage(0, INSTANCE_PAGE)
  const total = Math.min(first.total, cap)
  const pages = await fetchRemainingPages({
    first: first.instances,
    total,
    pageSize: INSTANCE_PAGE,
    fetchPage: async (offset) => (await fetchPage(offset, INSTANCE_PAGE)).instances,
    concurrency: CONCURRENCY,
    onProgress,
  })
  const instances = uniqueById(pages).slice(0, total)
  const scannedAt = now()
  return { instances, total: first.total, complete: first.total <= cap, scannedAt, ms: scannedAt - started }
}

/** How many instances run an image, by state: running, stopped, and every other state together. */
export interface ImageUsage {
  total: number
  running: number
  stopped: number
  other: number
}

/** Each image's instances, by ImageId. */
export function usageByImage(instances: readonly ScannedInstance[]): Map<string, ImageUsage> {
  const usage = new Map<string, ImageUsage>()
  for (const instance of instances) {
    const counts = usage.get(instance.imageId) ?? { total: 0, running: 0, stopped: 0, other: 0 }
    counts.total++
    if (instance.state === 'RUNNING') counts.running++
    else if (instance.state === 'STOPPED') counts.stopped++
    else counts.other++
    usage.set(instance.imageId, counts)
  }
  return usage
}

/** The instances that run one image, in the scan's order. */
export const instancesOf = (scan: InstanceScan, imageId: string) =>
  scan.instances.filter((instance) => instance.imageId === imageId)

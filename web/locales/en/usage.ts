import { counted, n } from './numbers'

const instances = (count: number) => counted(count, 'instance', 'instances')
const accounts = (count: number) => counted(count, 'account', 'accounts')

/** Who runs an image and who can see it: the drawer's Instances and Shared with, the scan, the quota. */
export const usage = {
  'usage.instances': 'Instances',
  'usage.usedBy': (p: { count: number; running: number; stopped: number; other: number }) =>
    `Used by ${instances(p.count)} (${[
      `${n(p.running)} running`,
      `${n(p.stopped)} stopped`,
      ...(p.other > 0 ? [`${n(p.other)} in other states`] : []),
    ].join(', ')})`,
  'usage.unused': 'Not used by any instance',
  'usage.scanning': 'Scanning instances…',
  'usage.scanProgress': (p: { scanned: number; total: number }) =>
    `Scanned ${n(p.scanned)} of ${instances(p.total)}`,
  'usage.scanned': (p: { count: number; time: string; seconds: string }) =>
    `${instances(p.count)} scanned at ${p.time} in ${p.seconds} s`,
  'usage.cutShort': (p: { scanned: number; total: number }) =>
    `Only the first ${n(p.scanned)} of ${instances(p.total)} were scanned: more may use this image.`,
  'usage.more': (p: { count: number }) => `and ${n(p.count)} more`,
  'usage.copyIds': 'Copy instance IDs',
  'usage.exportCsv': 'Export CSV',
  'usage.exported': (p: { count: number; name: string }) => `Exported ${instances(p.count)} to ${p.name}`,
  'usage.tableLabel': 'Instances that use this image',
  'usage.col.id': 'Instance ID',
  'usage.col.name': 'Name',
  'usage.col.state': 'State',
  'usage.col.type': 'Instance type',
  'usage.col.zone': 'Zone',
  'usage.col.ip': 'Private IP',
  'usage.col.created': 'Created',
  'usage.denied': (p: { what: string; action: string }) =>
    `Not shown: the proxy's keys may not ${p.what} (CAM permission ${p.action}).`,
  'usage.what.DescribeInstances': 'list instances',
  'usage.what.DescribeImageSharePermission': "read an image's sharing",
  'usage.what.DescribeImageQuota': 'read the image quota',
  'usage.failed': (p: { code: string }) => `Could not be read: ${p.code}.`,
  'usage.retry': 'Try again',
  'usage.sharedWith': 'Shared with',
  'usage.notShared': 'Not shared with any account',
  'usage.sharedCount': (p: { count: number }) => `Shared with ${accounts(p.count)}`,
  'usage.account': 'Account ID',
  'usage.since': 'Shared since',
  'usage.sharePublic': 'Public images are visible to every account: sharing does not apply.',
  'usage.shareShared':
    'Shared with this account by its owner: only the owner can see whom it is shared with.',
}

/** Tencent's instance states (https://cloud.tencent.com/document/api/213/15753#Instance), as its console words them. */
export const instanceStates = {
  'instanceState.PENDING': 'Creating',
  'instanceState.LAUNCH_FAILED': 'Creation failed',
  'instanceState.RUNNING': 'Running',
  'instanceState.STOPPED': 'Stopped',
  'instanceState.STARTING': 'Starting',
  'instanceState.STOPPING': 'Stopping',
  'instanceState.REBOOTING': 'Rebooting',
  'instanceState.SHUTDOWN': 'Shut down, to be destroyed',
  'instanceState.TERMINATING': 'Destroying',
}

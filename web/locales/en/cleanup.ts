import { counted, images, n } from './numbers'

/** The cleanup review (`view=cleanup`): verdicts, reasons, what could not be read, its exports. */
export const cleanup = {
  'cleanup.heading': 'Cleanup review',
  'cleanup.intro':
    'Every custom image of the region, with a verdict. A candidate is used by no instance, shared with no account, not the newest of its family and older than the threshold. Nothing here deletes anything.',
  'cleanup.olderThan': 'Older than',
  'cleanup.days': 'days',
  'cleanup.apply': 'Apply',
  'cleanup.counts': (p: { candidates: number; kept: number; undecided: number }) =>
    [
      counted(p.candidates, 'candidate', 'candidates'),
      `${n(p.kept)} kept`,
      ...(p.undecided > 0 ? [`${n(p.undecided)} undecided`] : []),
    ].join(' · '),
  'cleanup.verdict.candidate': 'Candidate',
  'cleanup.verdict.keep': 'Keep',
  'cleanup.verdict.undecided': 'Undecided',
  'cleanup.reason.inUse': (p: { count: number }) => `In use by ${counted(p.count, 'instance', 'instances')}`,
  'cleanup.reason.shared': (p: { count: number }) => `Shared with ${counted(p.count, 'account', 'accounts')}`,
  'cleanup.reason.newestInFamily': (p: { family: string }) => `Newest in family ${p.family}`,
  'cleanup.reason.younger': (p: { days: number }) => `Younger than ${n(p.days)} days`,
  'cleanup.reason.unknownAge': 'Creation time not known',
  'cleanup.reason.notScanned': 'Instances not scanned',
  'cleanup.reason.sharingUnread': 'Sharing not read',
  'cleanup.reason.unused': (p: { days: number }) => `Unused, not shared, ${n(p.days)} days old`,
  'cleanup.col.verdict': 'Verdict',
  'cleanup.col.reason': 'Reason',
  'cleanup.col.shared': 'Shared with',
  'cleanup.tableLabel': 'Cleanup review',
  'cleanup.loadingImages': (p: { loaded: number; total: number }) =>
    `Loading custom images: ${n(p.loaded)} of ${n(p.total)}`,
  'cleanup.checkingSharing': (p: { checked: number; total: number }) =>
    `Checking sharing: ${n(p.checked)} of ${images(p.total)}`,
  'cleanup.missingScan': (p: { problem: string }) => `No image is called a candidate. ${p.problem}`,
  'cleanup.missingSharing': (p: { count: number; problem: string }) =>
    `The sharing of ${images(p.count)} could not be read: they stay undecided. ${p.problem}`,
  'cleanup.cutShort': 'The instance scan was cut short: no image is called a candidate.',
  'cleanup.tooMany': (p: { count: number; cap: number }) =>
    `The region has ${images(p.count)}, more than the ${n(p.cap)} a review loads.`,
  'cleanup.none': 'This region has no custom images.',
  'cleanup.stamp': (p: { days: number }) => `Cleanup review · older than ${n(p.days)} days`,
  'cleanup.stampScanned': (p: { count: number; time: string }) =>
    `${counted(p.count, 'instance', 'instances')} scanned at ${p.time}`,
  'cleanup.stampNotScanned': 'instances not scanned',
  'cleanup.exportCsv': 'Export CSV',
  'cleanup.exportJson': 'Export JSON',
  'cleanup.copyMarkdown': 'Copy Markdown',
  'cleanup.exported': (p: { count: number; name: string }) => `Exported ${images(p.count)} to ${p.name}`,
  'cleanup.copied': (p: { count: number }) => `Copied a table of ${images(p.count)}`,
}

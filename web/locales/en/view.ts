import { images, n } from './numbers'

/** The words of the first screen added with the time zone, honest links, the browser-side filters and selection. */
export const view = {
  'column.family': 'Image family',
  'column.instances': 'Instances',
  'date.epoch': 'Not known: the legacy API sends 1970-01-01 as the creation time of public images.',
  'date.unreadable': (p: { text: string }) => `Not a date the app can read: ${p.text}`,
  'date.missing': 'The API sent no creation time.',
  'status.deprecated': 'Deprecated',
  'search.pressEnter': (p: { count: number }) =>
    `Press Enter to look up ${p.count === 1 ? '1 ID' : `${n(p.count)} IDs`}`,
  'paste.notIds': (p: { tokens: string }) => `Not image IDs: ${p.tokens}.`,
  'paste.dropped': (p: { count: number; max: number }) =>
    `${p.count === 1 ? '1 more ID was' : `${n(p.count)} more IDs were`} dropped: one lookup takes at most ${p.max}.`,
  'chip.or': ' or ',
  'chip.instanceType': 'Instance type',
  'chip.cluster': 'Dedicated cluster',
  'chip.cdcStatus': 'CDC cache status',
  'region.notListed': (p: { id: string }) => `${p.id} (not listed)`,
  'mode.nav': 'View',
  'mode.list': 'List',
  'mode.summary': 'Summary',
  'mode.cleanup': 'Cleanup review',
  'usage.quota': (p: { used: number; quota: number }) => `Custom images: ${n(p.used)} of ${n(p.quota)}`,
  'usage.quotaNear': (p: { left: number }) =>
    `Only ${n(p.left)} more custom images may be made in this region.`,
  'usage.quotaFull': 'The region holds as many custom images as its quota allows.',
  'usage.quotaLegacy': (p: { used: number }) => `Custom images: ${n(p.used)} · quota: API 3.0 only`,
  'usage.quotaUnread': (p: { used: number; action: string }) =>
    `Custom images: ${n(p.used)} (quota not readable: ${p.action})`,
  'stamp.filteredAll': (p: { count: number }) =>
    p.count === 1
      ? 'filtered in the browser: the only image'
      : `filtered in the browser across all ${images(p.count)}`,
  'stamp.filteredPage': (p: { count: number }) =>
    `filtered in the browser within this page only (${images(p.count)})`,
  'stamp.filtering': 'loading every page to filter in the browser',
  'stamp.selected': (p: { count: number }) => `, ${n(p.count)} selected`,
  'select.column': 'Select',
  'select.page': 'Select all on this page',
  'select.row': (p: { name: string }) => `Select ${p.name}`,
  'error.keysRefused':
    "Tencent Cloud refused the proxy's keys (or token): they are wrong, disabled or expired, or the proxy's clock is off. This is not something you did; whoever runs the proxy needs to fix its credentials.",
  'error.permission':
    "The proxy's keys work but may not list images. Whoever runs the proxy needs to grant its CAM user or role the permission cvm:DescribeImages (the QcloudCVMReadOnlyAccess policy includes it).",
  'error.unavailable':
    'Tencent Cloud, or the way to it, is not answering properly. This is usually temporary.',
  'error.signIn': 'Your sign-in has ended. Reload the page to sign in again.',
  'error.client': 'The API refused the request as it was sent. Check the filters and the region.',
  'error.unknown':
    "The API answered with an error this app does not know; the code and message below are Tencent's own.",
  'error.unlistedRegion': (p: { region: string }) =>
    `${p.region} is not a region this app lists, and the API did not take it. Pick a region from the list.`,
  'filters.scope': (p: { scope: string }) => `${p.scope.charAt(0).toUpperCase()}${p.scope.slice(1)}`,
  'filters.scopePage': (p: { scope: string }) =>
    `${p.scope.charAt(0).toUpperCase()}${p.scope.slice(1)}; narrow the API filters to filter them all`,
  'filters.searchAllRegions': 'Search all regions',
  'link.both': (p: { first: string; second: string }) => `${p.first} ${p.second}`,
  'ui.dismiss': 'Dismiss',
  'link.notice': 'Link notice',
  'link.ignored': (p: { values: string }) => `Ignored from this link: ${p.values}.`,
  /** `value`: the link's own `page=999`. */
  'link.pastEnd': (p: { value: string; last: number }) =>
    `Changed from this link: ${p.value} to page=${p.last}, the last page.`,
  'link.dropped': (p: { count: number; max: number }) =>
    `Looked up the first ${p.max} IDs; ${p.count === 1 ? '1 more ID was' : `${n(p.count)} more IDs were`} dropped (one lookup takes at most ${p.max}).`,
  'table.scrollsSideways': 'The table scrolls sideways for more columns →',
  'zone.label': 'Time zone',
  'zone.hint': 'Time zone of every date on screen and in exports',
  'zone.local': (p: { label: string }) => `Local (${p.label})`,
  'stamp.filterSeparator': '; ',
  'stamp.filterScope': (p: { scope: string }) => ` (${p.scope})`,
}

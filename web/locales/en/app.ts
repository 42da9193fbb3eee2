import type { AgeUnit } from '../../lib/format'
import { n } from './numbers'

const AGE_UNITS: Record<AgeUnit, string> = { minute: 'min', hour: 'h', day: 'd', month: 'mo', year: 'yr' }

/** The page and its header, generic words, formats, and the network's own errors. */
export const app = {
  'app.title': 'CVM Image Browser',
  'app.demo': 'Demo data',
  'app.demoHint': 'The proxy has no cloud credentials and serves its built-in emulator',
  'app.signedInAs': (p: { user: string }) => `Signed in as ${p.user}`,
  'app.signOut': 'Sign out',
  'app.crashed': 'Something went wrong in the page',
  'app.reload': 'Reload',
  'ui.copied': 'Copied',
  'ui.copyFailed': 'Copy failed',
  'ui.loading': 'Loading…',
  'ui.listSeparator': ', ',
  /** An aside after a word: "Custom (PRIVATE_IMAGE)"; Chinese brackets it full-width. */
  'ui.aside': (p: { text: string }) => ` (${p.text})`,
  'format.range': (p: { first: number; last: number; total: number }) =>
    `${n(p.first)}–${n(p.last)} of ${n(p.total)}`,
  'format.rangeEmpty': (p: { total: number }) => `0 of ${n(p.total)}`,
  'format.age': (p: { count: number; unit: AgeUnit }) => `${p.count} ${AGE_UNITS[p.unit]} ago`,
  'format.justNow': 'just now',
  'format.unknownTime': 'unknown time',
  'net.timeout': (p: { seconds: number }) => `The proxy did not answer within ${p.seconds} s.`,
  'net.unreachable': 'The proxy could not be reached.',
  'net.notJson': 'The proxy answered with something that is not JSON.',
  'net.noResponse': 'Unexpected DescribeImages answer: no Response object.',
  'net.noImageSet': 'Unexpected DescribeImages answer: no ImageSet list.',
}

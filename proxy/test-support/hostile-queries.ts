/**
 * Hostile query strings, written the way an attacker or a broken client would send them: percent-encoding
 * errors, prototype keys, odd indices, duplicate keys, huge and unicode values, stray separators.
 */
import fc from 'fast-check'
import { UNKNOWN_KEYS } from './query-mutations.js'

const KEY_WORDS = [
  'Region',
  'Offset',
  'Limit',
  'Action',
  'Version',
  'ImageIds.0',
  'ImageIds.1',
  'ImageIds.99',
  'ImageIds.100',
  'Filters.0.Name',
  'Filters.0.Values.0',
  'Filters.1.Values.5',
  'Filters.10.Name',
  'Filters.99999999999999999999999.Values.0',
  ...UNKNOWN_KEYS.map(encodeURIComponent),
]

const VALUE_WORDS = [
  'ap-guangzhou',
  'ap-tokyo',
  'DescribeImages',
  '2017-03-12',
  'RunInstances',
  'image-type',
  'image-name',
  'platform',
  'image-id',
  'tag-key',
  'PUBLIC_IMAGE',
  'img-9qabwvbn',
  'img-AAAAAAAA',
  '20',
  '0',
  '-1',
  '101',
  '1e2',
  '%20',
  'http%3A%2F%2Fevil.example%2F',
  '..%2F..%2Fetc%2Fpasswd',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
]

/** Escapes that do not decode to UTF-8, or decode to something a parser may choke on. */
const BROKEN_ESCAPES = [
  '%',
  '%G0',
  '%E4%B8',
  '%FF',
  '%C0%AF',
  '%00',
  '%%',
  '%2',
  '%0D%0A',
  '%u0041',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%EF%BB%BF',
  '%2e%2e%2f',
]

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEY_WORDS, ...VALUE_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.constantFrom(...BROKEN_ESCAPES) },
  // Raw printable ASCII: stray '&', '=', '?', '#', '+', ';'.
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  // Raw, unescaped unicode, as a careless client sends it.
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
)

const text = fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join(''))

/** Long values around and beyond the proxy's 8 KB query cap. */
const huge = fc
  .tuple(fc.constantFrom('x', '%E4%B8%AD', '中', '%', '0'), fc.integer({ min: 1_000, max: 12_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))

const pair = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEY_WORDS) }, { weight: 1, arbitrary: text }),
    fc.option(fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: huge }), { nil: undefined }),
  )
  .map(([key, value]) => (value === undefined ? key : `${key}=${value}`))

export const hostileQuery: fc.Arbitrary<string> = fc
  .tuple(fc.array(pair, { maxLength: 12 }), fc.constantFrom('&', '&', '&', '&&', ';'))
  .map(([pairs, separator]) => pairs.join(separator))

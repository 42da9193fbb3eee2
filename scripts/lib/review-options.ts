/** The command line of `npm run review`, and the view it names as the app's query string. Pure. */
import path from 'node:path'
import { formatViewState, parseViewState } from '../../web/images/view-state/url-state.js'
import { SHOT_LANGUAGES, type ShotLanguage, UsageError } from './screenshot-states.js'

export const USAGE =
  'usage: npm run review -- --out DIR [--since DIR] [--lang en|zh-CN] [--max-pages N] [--base-url URL]\n' +
  '       [--link URL | --region R --type T --name N --id ID --platform P --created 30d --status S --arch A\n' +
  '        --os O --sort FIELD:asc --size N --tz utc --lookup IDS --tag K:V …]'

/** The link's parameters a review takes as `--name value`; the page, the drawer and the comparison are its own. */
export const VIEW_PARAMS = [
  'region',
  'type',
  'name',
  'id',
  'platform',
  'instancetype',
  'tagkey',
  'tagvalue',
  'tag',
  'cluster',
  'cdcstatus',
  'created',
  'status',
  'arch',
  'os',
  'lookup',
  'sort',
  'size',
  'tz',
  'cols',
]
/** Parameters of a pasted link that a review sets itself. */
const NOT_FROM_LINK = ['view', 'page', 'image', 'compare', 'diff', 'review', 'lang', 'theme']

export const DEFAULT_MAX_PAGES = 10

export interface ReviewOptions {
  out: string
  since: string | null
  lang: ShotLanguage
  baseUrl: string | null
  maxPages: number
  /** The view as the app's query string, without `?`: what the link would hold. */
  query: string
}

const isViewParam = (key: string) => VIEW_PARAMS.includes(key) || /^name\d+$/.test(key)

function fromLink(value: string): [string, string][] {
  let url: URL
  try {
    url = new URL(value, 'http://link.invalid/')
  } catch {
    throw new UsageError(`--link is not a URL: ${value}`)
  }
  return [...url.searchParams].filter(([key]) => !NOT_FROM_LINK.includes(key))
}

/**
 * Each value the view would drop (the app names them in its "Ignored from this link" notice) is refused
 * here instead, so a weekly job never reviews a different view than it asked for.
 */
export function checkView(pairs: readonly [string, string][]): string {
  const given = new URLSearchParams(pairs.map(([key, value]) => [key, value]))
  const kept = new URLSearchParams(formatViewState(parseViewState(given.toString())))
  for (const [key, value] of pairs) {
    if (!isViewParam(key)) throw new UsageError(`unknown view option --${key}\n${USAGE}`)
    const values = kept.getAll(key).flatMap((held) => held.toLowerCase().split(','))
    // A sort key without a direction reads as ascending (name is name:asc).
    const holds = (part: string) => values.some((held) => held === part || held.startsWith(`${part}:`))
    const parts = value
      .toLowerCase()
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
    if (!parts.every(holds)) {
      throw new UsageError(`--${key} ${value}: not a value the view takes (the app would ignore it)`)
    }
  }
  return kept.toString().replace(/^\?/, '')
}

function positive(flag: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 1000) {
    throw new UsageError(`${flag} takes a whole number from 1 to 1000: ${value}`)
  }
  return number
}

/** `--flag value` or `--flag=value`; throws UsageError (with the usage) on anything else. */
export function parseReviewArgs(argv: readonly string[]): ReviewOptions {
  let out = ''
  let since: string | null = null
  let lang: ShotLanguage = 'en'
  let baseUrl: string | null = null
  let maxPages = DEFAULT_MAX_PAGES
  const view: [string, string][] = []
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s)
    const value = inline ?? argv[++i]
    if (!flag.startsWith('--')) throw new UsageError(`unexpected argument ${flag}\n${USAGE}`)
    if (value === undefined) throw new UsageError(`${flag} needs a value\n${USAGE}`)
    const key = flag.slice(2)
    if (key === 'out') out = path.resolve(value)
    else if (key === 'since') since = path.resolve(value)
    else if (key === 'lang') {
      const match = SHOT_LANGUAGES.find((language) => language.toLowerCase() === value.toLowerCase())
      if (!match) throw new UsageError(`--lang is one of ${SHOT_LANGUAGES.join(', ')}: ${value}`)
      lang = match
    } else if (key === 'base-url') baseUrl = value.replace(/\/+$/, '')
    else if (key === 'max-pages') maxPages = positive(flag, value)
    else if (key === 'link') view.push(...fromLink(value))
    else view.push([key, value])
  }
  if (!out) throw new UsageError(`--out DIR is required\n${USAGE}`)
  return { out, since, lang, baseUrl, maxPages, query: checkView(view) }
}

/** What the app started for a review is given of this environment: as `npm start` reads it, keys included. */
export function appEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const passed =
    /^(TENCENTCLOUD_|TKE_|EMULATOR_|UPSTREAM_|REDIS_)|^(IMAGE_API_ENDPOINT|INSTANCE_API_ENDPOINT|CACHE_TTL_MS|SIGNATURE_METHOD|HTTPS?_PROXY|NO_PROXY)$/
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        passed.test(entry[0]) && entry[1] !== undefined && entry[1] !== '',
    ),
  )
}

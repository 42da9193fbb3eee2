/** The review states `npm run screenshots` renders, and how its command line names more. Pure. */
import path from 'node:path'

export interface Viewport {
  width: number
  height: number
}

export interface ScreenState {
  name: string
  /** The app's query string for the state, without `?`. */
  query: string
  /** Clicks this body row (0-based) and waits for the drawer. */
  openRow?: number
  /** Ticks the "Select" box of these body rows (0-based). */
  selectRows?: number[]
  /** Then presses "Compare" and waits for the comparison (its own `compare=` URL). */
  compare?: boolean
  /** Needs the emulator to fail (an uncached region makes the error real). */
  fault?: boolean
  /** A view beside the list: ready when this table of it is on screen (its label in SHOT_LABELS). */
  table?: 'cleanup'
  viewport?: Viewport
}

/** The interface languages a run can render (web/lib/i18n.ts), each opened with `lang=` in the URL. */
export const SHOT_LANGUAGES = ['en', 'zh-CN'] as const
export type ShotLanguage = (typeof SHOT_LANGUAGES)[number]

/** The accessible names a run waits for, in the language it renders. */
interface ShotLabels {
  table: string
  export: string
  copyJson: string
  compare: string
  comparison: string
  cleanup: string
}

export const SHOT_LABELS: Record<ShotLanguage, ShotLabels> = {
  en: {
    table: 'Images',
    export: 'Export',
    copyJson: 'Copy JSON',
    compare: 'Compare',
    comparison: 'Comparison',
    cleanup: 'Cleanup review',
  },
  'zh-CN': {
    table: '镜像列表',
    export: '导出',
    copyJson: '复制 JSON',
    compare: '对比',
    comparison: '镜像对比',
    cleanup: '清理评估',
  },
}

export interface ScreenshotOptions {
  out: string
  baseUrl: string | null
  lang: ShotLanguage
  states: ScreenState[]
}

export const DESKTOP: Viewport = { width: 1280, height: 800 }
const PHONE: Viewport = { width: 390, height: 844 }
export const USAGE =
  'usage: npm run screenshots -- [--out DIR] [--lang en|zh-CN] [--base-url URL] [--state name=QUERY]…'

/** The states every run renders; `--state` adds more. */
export const BUILT_IN: readonly ScreenState[] = [
  { name: 'list', query: '' },
  { name: 'filtered', query: 'type=custom&type=shared&name=web' },
  { name: 'sorted', query: 'sort=name:asc,created:desc' },
  { name: 'drawer', query: '', openRow: 1 },
  { name: 'selected', query: 'type=custom', selectRows: [0, 2, 3] },
  { name: 'compare', query: 'type=custom', selectRows: [0, 2], compare: true },
  { name: 'empty', query: 'name=no-such-image-anywhere' },
  { name: 'error', query: 'region=ap-bangkok', fault: true },
  { name: 'dark', query: 'theme=dark' },
  { name: 'summary', query: 'view=summary' },
  { name: 'summary-dark', query: 'view=summary&theme=dark' },
  // Older than five years: a review that reads the sharing of a few dozen images (Tencent allows 10 a second).
  { name: 'cleanup', query: 'view=cleanup&older=1825', table: 'cleanup' },
  { name: 'phone', query: '', viewport: PHONE },
]

export class UsageError extends Error {}

function parseState(value: string): ScreenState {
  const [name = '', query = ''] = value.split(/=(.*)/s)
  if (!/^[\w-]+$/.test(name)) {
    throw new UsageError(`--state needs name=QUERY with a name of letters, digits, - or _: ${value}`)
  }
  return { name, query: query.replace(/^\?/, '') }
}

function parseLang(value: string): ShotLanguage {
  const lang = SHOT_LANGUAGES.find((language) => language.toLowerCase() === value.toLowerCase())
  if (!lang) throw new UsageError(`--lang is one of ${SHOT_LANGUAGES.join(', ')}: ${value}\n${USAGE}`)
  return lang
}

/**
 * `--flag value` or `--flag=value`; throws UsageError with the usage line on anything else. Without --out
 * the pictures go to screenshots/<lang>.
 */
export function parseScreenshotArgs(argv: readonly string[]): ScreenshotOptions {
  const options: ScreenshotOptions = { out: '', baseUrl: null, lang: 'en', states: [] }
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new UsageError(`${flag} needs a value\n${USAGE}`)
    if (flag === '--out') options.out = path.resolve(value)
    else if (flag === '--base-url') options.baseUrl = value.replace(/\/+$/, '')
    else if (flag === '--state') options.states.push(parseState(value))
    else if (flag === '--lang') options.lang = parseLang(value)
    else throw new UsageError(`unknown option ${flag}\n${USAGE}`)
  }
  if (!options.out) options.out = path.resolve('screenshots', options.lang)
  return options
}

/**
 * The state's URL in review mode (?review=1, the review stamp on screen) unless the query sets review, in
 * the run's language unless the query names one.
 */
export function stateUrl(baseUrl: string, query: string, lang: ShotLanguage = 'en'): string {
  const params = new URLSearchParams(query)
  if (!params.has('review')) params.set('review', '1')
  if (!params.has('lang')) params.set('lang', lang)
  return `${baseUrl}/?${params}`
}

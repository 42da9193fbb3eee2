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
  viewport?: Viewport
}

export interface ScreenshotOptions {
  out: string
  baseUrl: string | null
  states: ScreenState[]
}

export const DESKTOP: Viewport = { width: 1280, height: 800 }
const PHONE: Viewport = { width: 390, height: 844 }
export const USAGE = 'usage: npm run screenshots -- --out DIR [--base-url URL] [--state name=QUERY]…'

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

/** `--flag value` or `--flag=value`; throws UsageError with the usage line on anything else. */
export function parseScreenshotArgs(argv: readonly string[]): ScreenshotOptions {
  const options: ScreenshotOptions = { out: '', baseUrl: null, states: [] }
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new UsageError(`${flag} needs a value\n${USAGE}`)
    if (flag === '--out') options.out = path.resolve(value)
    else if (flag === '--base-url') options.baseUrl = value.replace(/\/+$/, '')
    else if (flag === '--state') options.states.push(parseState(value))
    else throw new UsageError(`unknown option ${flag}\n${USAGE}`)
  }
  if (!options.out) throw new UsageError(USAGE)
  return options
}

/** The state's URL in review mode (?review=1, the review stamp on screen) unless the query sets review. */
export function stateUrl(baseUrl: string, query: string): string {
  const params = new URLSearchParams(query)
  if (!params.has('review')) params.set('review', '1')
  return `${baseUrl}/?${params}`
}

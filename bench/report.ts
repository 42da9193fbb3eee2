/** Turns the measurements into budgets and the printed table. Pure: no I/O. */
import { type Contender, type ProxyResults, SCENARIO_CONTENDERS, SCENARIOS, type Scenario } from './proxy.js'
import { type Budget, growthExponent, meets, round } from './stats.js'
import type { WebResults } from './web.js'

export const SORT_BUDGET_SIZE = 5000
const KB = 1000

/** The proxy's req/s over `floor`'s in the same run; NaN when either did not run. */
function ratio(proxy: ProxyResults, scenario: Scenario, floor: Contender): number {
  const rps = (contender: Contender) => proxy[scenario][contender]?.median.rps ?? Number.NaN
  return rps('proxy') / rps(floor)
}

export function proxyBudgets(proxy: ProxyResults): Budget[] {
  return [
    {
      name: 'proxy miss req/s vs pass-through',
      value: ratio(proxy, 'miss', 'passThrough'),
      limit: 0.8,
      kind: 'min',
      unit: '×',
    },
    {
      name: 'proxy hit req/s vs memory server',
      value: ratio(proxy, 'hit', 'memory'),
      limit: 0.85,
      kind: 'min',
      unit: '×',
    },
    {
      name: 'proxy RSS after npm run load',
      value: proxy.load.rssAfterMb,
      limit: 150,
      kind: 'max',
      unit: 'MB',
    },
  ]
}

export function webBudgets(web: WebResults): Budget[] {
  const sort = web.sorts.find((entry) => entry.size === SORT_BUDGET_SIZE)
  return [
    { name: 'JS gzipped, English', value: web.bytes.jsGzip / KB, limit: 110, kind: 'max', unit: 'KB' },
    { name: 'JS gzipped, Chinese', value: web.bytesZh.jsGzip / KB, limit: 110, kind: 'max', unit: 'KB' },
    { name: 'CSS gzipped', value: web.bytes.cssGzip / KB, limit: 20, kind: 'max', unit: 'KB' },
    {
      name: 'first rows painted vs bare page',
      value: web.firstRows.app / web.firstRows.bare,
      limit: 1,
      kind: 'max',
      unit: '×',
    },
    ...ssrBudgets(web),
    { name: 'next page', value: web.nextPage.median, limit: 30, kind: 'max', unit: 'ms' },
    {
      name: `sort across ${SORT_BUDGET_SIZE.toLocaleString('en-US')}`,
      value: sort?.sortMs ?? Number.NaN,
      limit: 2500,
      kind: 'max',
      unit: 'ms',
    },
  ]
}

/** The server-rendered first screen (bench/web-ssr.ts). */
function ssrBudgets({ ssr, firstRows }: WebResults): Budget[] {
  return [
    { name: 'first rows with JavaScript off', value: ssr.noScriptRows, limit: 1, kind: 'min', unit: 'rows' },
    {
      name: 'Next at first rows: page 2 painted vs bare',
      value: ssr.firstClick.median / firstRows.bare,
      limit: 2.5,
      kind: 'max',
      unit: '×',
    },
    { name: 'layout shift, worst load', value: ssr.layoutShift.worst, limit: 0, kind: 'max', unit: 'CLS' },
    { name: 'server render CPU per page', value: ssr.renderCpuMs, limit: 5, kind: 'max', unit: 'ms' },
  ]
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(line)].join(
    '\n',
  )
}

const CONTENDER_NAMES: Record<Contender, string> = {
  proxy: 'proxy',
  passThrough: 'minimal pass-through',
  memory: 'node:http from memory',
  emulator: 'emulator direct',
}

export function proxyTable(proxy: ProxyResults): string {
  const rows = SCENARIOS.flatMap((scenario) =>
    SCENARIO_CONTENDERS[scenario].flatMap((contender) => {
      const m = proxy[scenario][contender]?.median
      if (!m) return []
      return [
        [
          scenario,
          CONTENDER_NAMES[contender],
          Math.round(m.rps),
          round(m.p50Ms, 2),
          round(m.p99Ms, 2),
          round(m.cpuMsPerRequest, 3),
          m.failures,
        ],
      ]
    }),
  )
  const { load } = proxy
  const memory =
    `after npm run load (${load.connections} connections, ${load.durationSec} s, emulator latency ` +
    `${load.emulatorLatencyMs} ms; ${Math.round(load.rps)} req/s, ${load.failures} failures): proxy RSS ` +
    `${round(load.rssAfterMb)} MB (before ${round(load.rssBeforeMb)} MB, peak ${round(load.peakRssMb)} MB)`
  return `${table(['cache', 'contender', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'failures'], rows)}\n${memory}`
}

export function webTable(web: WebResults): string {
  const lines = [
    `JS ${round(web.bytes.jsGzip / KB)} KB gzipped (${round(web.bytes.jsRaw / KB)} KB raw), ` +
      `CSS ${round(web.bytes.cssGzip / KB)} KB gzipped (${round(web.bytes.cssRaw / KB)} KB raw); ` +
      `in Chinese JS ${round(web.bytesZh.jsGzip / KB)} KB gzipped`,
    `first rows painted: app ${round(web.firstRows.app)} ms, bare page ${round(web.firstRows.bare)} ms ` +
      `(in the DOM: app ${round(web.firstRows.dom.app)} ms, bare page ${round(web.firstRows.dom.bare)} ms)`,
    `next page: ${round(web.nextPage.median)} ms (click to new rows, in the page)`,
    `server render: Next at first rows, page 2 painted at ${round(web.ssr.firstClick.median)} ms, layout shift ` +
      `${round(web.ssr.layoutShift.worst, 4)}, ${round(web.ssr.renderCpuMs, 2)} CPU ms per page, ` +
      `${web.ssr.noScriptRows} rows with JavaScript off`,
    '',
    table(
      ['images', 'first rows ms', 'growth', 'sort ms', 'growth', 'sort reach'],
      web.sorts.map((entry, i) => {
        const previous = web.sorts[i - 1]
        const growth = (pick: (e: typeof entry) => number) =>
          previous
            ? `${round(growthExponent([previous, entry].map((e) => ({ size: e.size, ms: pick(e) }))), 2)}`
            : ''
        return [
          entry.size.toLocaleString('en-US'),
          round(entry.firstRowsMs),
          growth((e) => e.firstRowsMs),
          round(entry.sortMs),
          growth((e) => e.sortMs),
          entry.status.includes('Sorted across all') ? 'all images' : 'this page only',
        ]
      }),
    ),
    'growth: the exponent k in time ∝ images^k from the row above (0 = flat, 1 = linear)',
  ]
  return lines.join('\n')
}

export function budgetTable(budgets: Budget[]): string {
  return table(
    ['budget', 'measured', 'limit', 'verdict'],
    budgets.map((budget) => [
      budget.name,
      `${round(budget.value, budget.unit === '×' ? 2 : 1)} ${budget.unit}`,
      `${budget.kind === 'min' ? '≥' : '≤'} ${budget.limit} ${budget.unit}`,
      meets(budget) ? 'met' : 'MISSED',
    ]),
  )
}

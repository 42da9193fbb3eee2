/**
 * `npm run bench`: the proxy and web benchmarks in one run, a table on stdout and bench/results.json.
 * Flags: --quick (one short round each, to check the bench itself), --only=proxy|web, --cpu-prof (profile
 * the proxy into bench/profiles/; read one with `npx tsx bench/cpu-profile.ts FILE`).
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOAD_DEFAULTS } from '../scripts/lib/load-target.js'
import { ROOT } from '../scripts/lib/paths.js'
import { benchProxy, type ProxyResults } from './proxy.js'
import { budgetTable, proxyBudgets, proxyTable, webBudgets, webTable } from './report.js'
import { type Budget, meets } from './stats.js'
import { benchWeb, type WebResults } from './web.js'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const profile = args.includes('--cpu-prof')

const proxyOptions = {
  rounds: quick ? 1 : 3,
  durationSec: quick ? 1 : 3,
  connections: 10,
  proxyNodeFlags: profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'bench', 'profiles')}`] : [],
  loadDurationSec: quick ? 2 : LOAD_DEFAULTS.durationSec,
}
const webOptions = { rounds: quick ? 1 : 5, sortRounds: quick ? 1 : 3, sizes: [1000, 5000, 20000] }

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
    }).trim()
  } catch {
    return 'unknown'
  }
}

function machine() {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
  }
}

const log = (line: string) => console.error(line)
const startedAt = new Date()
const info = machine()
let proxy: ProxyResults | null = null
let web: WebResults | null = null
if (only !== 'web') proxy = await benchProxy(proxyOptions, log)
if (only !== 'proxy') web = await benchWeb(webOptions, log)

const budgets: Budget[] = [...(proxy ? proxyBudgets(proxy) : []), ...(web ? webBudgets(web) : [])]
const sections = [
  `Benchmarks, ${startedAt.toISOString()}: ${info.cores} × ${info.cpu}, ${info.node}, load average ${info.loadAverageAtStart.join(' ')}`,
  proxy &&
    `\nProxy: ${proxyOptions.connections} connections, medians of ${proxyOptions.rounds} rounds × ${proxyOptions.durationSec} s\n${proxyTable(proxy)}`,
  web &&
    `\nWeb: Chromium, demo mode, medians of ${webOptions.rounds} loads (sorts: ${webOptions.sortRounds})\n${webTable(web)}`,
  `\nBudgets\n${budgetTable(budgets)}`,
]
console.log(sections.filter(Boolean).join('\n'))

const results = {
  timestamp: startedAt.toISOString(),
  durationSec: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine: info,
  options: { quick, proxy: proxyOptions, web: webOptions },
  budgets: budgets.map((budget) => ({ ...budget, met: meets(budget) })),
  proxy,
  web,
}
writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nWrote bench/results.json (${results.durationSec} s)`)

/**
 * `npx tsx bench/render-cpu.ts [--rounds=N]` (after `npm run build`): the server render's CPU per page, as
 * bench/web-ssr.ts measures it (the demo server's CPU from /proc over sequential page requests, minus that of
 * the static /index.html, per request), for a page kept in the render cache (pages 1–5 again and again) and
 * for one rendered afresh (the same pages, each request with an Accept-Language of its own, so every page
 * is rendered while its rows come from the answer cache: the render alone, as before the render cache).
 */
import { freePort, startProcess, tsxArgs } from '../scripts/lib/start-app.js'
import { cpuMs } from './cpu-time.js'
import { median } from './stats.js'

const ROUNDS = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.split('=')[1] ?? 3)
const REQUESTS = 200

const port = await freePort()
const server = await startProcess({
  name: 'web server',
  args: tsxArgs('bench/web-server.ts'),
  env: { PORT: String(port) },
  port,
  healthPath: '/healthz',
  stdout: 'ignore',
})

async function cpuPerRequest(path: (i: number) => string, language: (i: number) => string): Promise<number> {
  const before = cpuMs(server.pid)
  for (let i = 0; i < REQUESTS; i++) {
    const headers = { accept: 'text/html', 'accept-language': language(i) }
    const answer = await fetch(`${server.url}${path(i)}`, { headers })
    await answer.text()
  }
  return (cpuMs(server.pid) - before) / REQUESTS
}

const page = (i: number) => `/?page=${(i % 5) + 1}`
const english = () => 'en-US,en;q=0.9'
let distinct = 0
const own = () => `en-US,en;q=0.9,x-bench-${distinct++}`
const runs = { cached: [] as number[], rendered: [] as number[] }
try {
  await cpuPerRequest(page, english)
  await cpuPerRequest(page, own)
  for (let round = 0; round < ROUNDS; round++) {
    const staticPage = await cpuPerRequest(() => '/index.html', english)
    const cached = await cpuPerRequest(page, english)
    const rendered = await cpuPerRequest(page, own)
    runs.cached.push(cached - staticPage)
    runs.rendered.push(rendered - staticPage)
    console.error(
      `round ${round + 1}: cached ${(cached - staticPage).toFixed(2)} ms, rendered ${(rendered - staticPage).toFixed(2)} ms, static ${staticPage.toFixed(2)} ms`,
    )
  }
} finally {
  await server.stop()
}
console.log(
  `server render CPU per page, medians of ${ROUNDS} rounds × ${REQUESTS} requests: ` +
    `kept ${median(runs.cached).toFixed(2)} ms, rendered afresh ${median(runs.rendered).toFixed(2)} ms`,
)

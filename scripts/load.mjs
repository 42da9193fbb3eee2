// `npm run load`: 200 connections for 10 s against the proxy in front of a slow emulator, on loopback only.
// Prints the success rate, p50/p99 and the proxy's memory before and after; exits 1 if any answer was not
// 200, 429 or 503 in its proper shape, if a secret reached the log, or if memory did not come back down.
import autocannon from 'autocannon'
import { measureMemory, setEmulatorLatency, startEmulator, startProxy, stop } from './load-processes.mjs'

const CONNECTIONS = 200
const DURATION_S = 10
const EMULATOR_LATENCY_MS = 150
/** Live data may grow by the response cache (at most 1,000 pages) and little else. */
const HEAP_GROWTH_LIMIT_MB = 24
const WATCHDOG_MS = 120_000

const credentials = {
  secretId: 'AKIDloadTest00000000000000000000000000',
  secretKey: 'load-test-secret-key-7d1f0c5a-never-logged',
}
const ALLOWED = new Set([200, 429, 503])

/** 80% of calls page through a few popular views (cache hits), 20% ask for new offsets (upstream calls). */
function makePaths() {
  const hot = ['ap-guangzhou', 'ap-shanghai', 'ap-tokyo', 'eu-frankfurt'].flatMap((region) =>
    [0, 20, 40, 60, 80].map((offset) => `Region=${region}&Offset=${offset}&Limit=20`),
  )
  let cold = 1_000
  return () => {
    const query =
      Math.random() < 0.8 ? hot[Math.floor(Math.random() * hot.length)] : `Offset=${cold++}&Limit=20`
    return `/api/DescribeImages?${query}`
  }
}

/** A 200 carries an ImageSet; a 429 or 503 carries the envelope with a code. */
function isProperBody(status, body) {
  try {
    const response = JSON.parse(body).Response
    if (status === 200) return Array.isArray(response.ImageSet) && typeof response.TotalCount === 'number'
    return typeof response.Error.Code === 'string' && typeof response.RequestId === 'string'
  } catch {
    return false
  }
}

/** Resolves with autocannon's result, every status seen, and the codes of any connection errors. */
function runLoad(origin) {
  const statuses = new Map()
  const errorCodes = new Set()
  let malformed = 0
  const nextPath = makePaths()
  return new Promise((resolve, reject) => {
    const options = {
      url: origin,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: nextPath() }),
          onResponse: (status, body) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1)
            if (!ALLOWED.has(status) || !isProperBody(status, body)) malformed++
          },
        },
      ],
    }
    // The callback form hands back the instance, whose reqError events say what went wrong.
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve({ result, statuses, malformed, errorCodes }),
    )
    instance.on('reqError', (error) => errorCodes.add(error.code ?? error.message))
  })
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1)

function report({ result, statuses, malformed, errorCodes }, before, after, leakedLines) {
  const answered = [...statuses.values()].reduce((sum, count) => sum + count, 0)
  const ok = statuses.get(200) ?? 0
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`)
  const heapGrowth = (after.heapUsed - before.heapUsed) / 2 ** 20
  console.log(
    `load: ${CONNECTIONS} connections for ${DURATION_S} s, emulator latency ${EMULATOR_LATENCY_MS} ms`,
  )
  console.log(
    `answers: ${answered} (${byStatus.join(', ')}); errors ${result.errors}, timeouts ${result.timeouts}`,
  )
  console.log(`success rate (200): ${((100 * ok) / Math.max(answered, 1)).toFixed(1)}%`)
  console.log(
    `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  )
  console.log(`throughput: ${Math.round(result.requests.average)} requests/s`)
  console.log(
    `proxy heap: ${mb(before.heapUsed)} MB before, ${mb(after.heapUsed)} MB after (${heapGrowth.toFixed(1)} MB)`,
  )
  console.log(`proxy rss: ${mb(before.rss)} MB before, ${mb(after.rss)} MB after`)
  console.log(`malformed or unexpected answers: ${malformed}; log lines carrying the secret: ${leakedLines}`)
  const failures = [
    malformed > 0 && 'answers other than 200/429/503 in their proper shape',
    result.errors > 0 && `connection errors (${[...errorCodes].join(', ')})`,
    answered === 0 && 'no answers at all',
    leakedLines > 0 && 'the secret key in a log line',
    heapGrowth > HEAP_GROWTH_LIMIT_MB && `heap grew by more than ${HEAP_GROWTH_LIMIT_MB} MB`,
  ].filter(Boolean)
  for (const failure of failures) console.error(`FAILED: ${failure}`)
  return failures.length === 0
}

const children = []
const watchdog = setTimeout(() => {
  console.error('FAILED: the load run did not finish in time')
  for (const child of children) child.kill('SIGKILL')
  process.exit(1)
}, WATCHDOG_MS)

let logLines = 0
let leakedLines = 0
const onLine = (line) => {
  logLines++
  if (line.includes(credentials.secretKey)) leakedLines++
}

const emulator = await startEmulator(credentials, () => {})
children.push(emulator.child)
const proxy = await startProxy(emulator.endpoint, credentials, onLine)
children.push(proxy.child)
await setEmulatorLatency(emulator.endpoint, EMULATOR_LATENCY_MS)
for (let warm = 0; warm < 20; warm++)
  await (await fetch(`${proxy.origin}/api/DescribeImages?Offset=${warm}`)).text()
const before = await measureMemory(proxy.child)
const outcome = await runLoad(proxy.origin)
// In-flight upstream calls end within the queue wait and the emulator's latency; health proves it answers.
await (await fetch(`${proxy.origin}/healthz`)).text()
const after = await measureMemory(proxy.child)
await stop(proxy.child)
await stop(emulator.child)
clearTimeout(watchdog)
console.log(`proxy log lines scanned: ${logLines}`)
process.exit(report(outcome, before, after, leakedLines) ? 0 : 1)

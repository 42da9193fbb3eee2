/**
 * `npx tsx bench/cpu-profile.ts FILE.cpuprofile [N]`: where a V8 CPU profile (node --cpu-prof) spent its
 * time, as self time per function and per package, so a missed budget points at its cause.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** The package a script belongs to (`fastify`, `pino`, …), `app` for our own code, `node` for the runtime. */
export function packageOf(url: string): string {
  const inModules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (inModules) return inModules[1] as string
  if (url.startsWith('node:') || url === '') return 'node'
  return 'app'
}

/** Self time in ms per key, from the sample stream (each sample's time is the delta that follows it). */
export function selfTimes(profile: Profile, keyOf: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const times = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)
    if (!node) return
    const key = keyOf(node)
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000)
  })
  return times
}

function printTop(title: string, times: Map<string, number>, count: number): void {
  const total = [...times.values()].reduce((sum, ms) => sum + ms, 0)
  console.log(`\n${title} (total ${Math.round(total)} ms)`)
  for (const [key, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`)
  }
}

const [file, top = '25'] = process.argv.slice(2)
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain && file) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  printTop(
    'Self time by package',
    selfTimes(profile, (node) => packageOf(node.callFrame.url)),
    15,
  )
  const where = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/(node_modules|work\/main)\//, '')}:${node.callFrame.lineNumber + 1}`
  printTop('Self time by function', selfTimes(profile, where), Number(top))
}

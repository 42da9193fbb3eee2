// `npm start`: rebuild whatever is missing or older than its sources, then run the proxy in this process.
// `npm run emulator` (`start.ts emulator`): the same for the DescribeImages emulator alone.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { BUILDS, ENTRIES, ROOT } from './lib/paths.js'

function newestMtime(entries: readonly string[]): number {
  let newest = 0
  for (const entry of entries) {
    const full = path.join(ROOT, entry)
    if (!existsSync(full)) continue
    const stat = statSync(full)
    if (stat.isDirectory()) {
      const children = readdirSync(full).map((child) => path.join(entry, child))
      newest = Math.max(newest, newestMtime(children))
    } else {
      newest = Math.max(newest, stat.mtimeMs)
    }
  }
  return newest
}

function buildIfStale({ output, sources, command }: (typeof BUILDS)[keyof typeof BUILDS]): void {
  const target = path.join(ROOT, output)
  if (existsSync(target) && statSync(target).mtimeMs >= newestMtime(sources)) return
  const [bin = '', ...args] = command
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', bin), args, {
    cwd: ROOT,
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const program = process.argv[2] === 'emulator' ? 'emulator' : 'app'
if (program === 'app') {
  buildIfStale(BUILDS.web)
  buildIfStale(BUILDS.ssr)
}
buildIfStale(BUILDS.server)
await import(path.join(ROOT, ENTRIES[program]))

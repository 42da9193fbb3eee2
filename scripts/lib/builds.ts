/**
 * Rebuilds whatever is missing or older than its sources: `npm start` before it runs, and the e2e suite's
 * global setup once before its workers start their apps from the compiled entries.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { BUILDS, ROOT } from './paths.js'

export type Build = keyof typeof BUILDS

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

/** Runs the build's command when its output is missing or stale; false when the command failed. */
export function buildIfStale(name: Build): boolean {
  const { output, sources, command } = BUILDS[name]
  const target = path.join(ROOT, output)
  if (existsSync(target) && statSync(target).mtimeMs >= newestMtime(sources)) return true
  const [bin = '', ...args] = command
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', bin), args, {
    cwd: ROOT,
    stdio: 'inherit',
  })
  return result.status === 0
}

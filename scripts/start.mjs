// `npm start`: rebuild whatever is missing or older than its sources, then run the proxy in this process.
// `npm run emulator` (`start.mjs emulator`): the same for the DescribeImages emulator alone.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

function newestMtime(entries) {
  let newest = 0
  for (const entry of entries) {
    const full = path.join(root, entry)
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

function isStale(output, sources) {
  const target = path.join(root, output)
  return !existsSync(target) || statSync(target).mtimeMs < newestMtime(sources)
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const configs = ['package-lock.json', 'tsconfig.json']
const emulatorOnly = process.argv[2] === 'emulator'
if (
  !emulatorOnly &&
  isStale('dist/index.html', ['web', 'core', 'public', 'index.html', 'vite.config.ts', ...configs])
) {
  run(bin('vite'), ['build', '--logLevel', 'warn'])
}
const serverSources = ['core', 'emulator', 'proxy', 'tsconfig.server.json', ...configs]
const entry = emulatorOnly ? 'dist-server/emulator/main.js' : 'dist-server/proxy/main.js'
if (isStale(entry, serverSources)) {
  run(bin('tsc'), ['-p', 'tsconfig.server.json'])
}

await import(path.join(root, entry))

// Makes sure the redis-server the shared-mode tests start is here (Debian's `redis-server` package), the way
// ensure-chromium.ts does for the browser: installed with apt-get when we are root on Debian, otherwise one line
// naming the package.
import { execFileSync, spawnSync } from 'node:child_process'

const onPath = () => spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0
if (onPath()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (!isRoot || !hasApt) {
  console.error(
    'Missing for the unit tests: run `sudo apt-get install -y redis-server` (Debian package redis-server).',
  )
  process.exit(1)
}

console.log('Installing redis-server for the unit tests (apt-get)…')
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], {
  stdio: 'inherit',
  env,
})
if (!onPath()) {
  console.error(
    'apt-get finished but redis-server is still missing; install the redis-server package by hand.',
  )
  process.exit(1)
}

// Makes sure a Chromium exists for Playwright: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// installed with apt-get when we are root on a Debian machine. Playwright's own download is not used.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const configured = process.env.CHROMIUM_PATH
if (configured) {
  if (existsSync(configured)) process.exit(0)
  console.error(`CHROMIUM_PATH=${configured} does not exist; point it at a Chromium binary or unset it.`)
  process.exit(1)
}

const debianChromium = '/usr/bin/chromium'
if (existsSync(debianChromium)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (!isRoot || !hasApt) {
  console.error(
    'Chromium is missing: run `sudo apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to a Chromium binary.',
  )
  process.exit(1)
}

console.log('Installing Debian chromium for the end-to-end tests (apt-get install chromium)…')
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env })
if (!existsSync(debianChromium)) {
  console.error('apt-get finished but /usr/bin/chromium is still missing; install chromium by hand.')
  process.exit(1)
}

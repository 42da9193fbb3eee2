// Makes sure the browsers the end-to-end tests use are here: CHROMIUM_PATH, else Debian's chromium-headless-shell
// (the suite's browser) and chromium (the review screenshots'), together with the fonts the screenshot
// baselines were made with (Latin and CJK, so Chinese image names render, not boxes).
// Installs what is missing with apt-get when we are root on Debian; Playwright's own download is not used.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const configured = process.env.CHROMIUM_PATH
if (configured) {
  if (existsSync(configured)) process.exit(0)
  console.error(`CHROMIUM_PATH=${configured} does not exist; point it at a Chromium binary or unset it.`)
  process.exit(1)
}

const packages = [
  'chromium',
  'chromium-headless-shell',
  'fonts-liberation',
  'fonts-dejavu-core',
  'fonts-noto-cjk',
]
const hasDpkg = spawnSync('sh', ['-c', 'command -v dpkg-query'], { stdio: 'ignore' }).status === 0
// dpkg-query's own format syntax, not a JavaScript template.
const statusFormat = ['-f=$', '{Status}'].join('')
const isInstalled = (name: string) =>
  spawnSync('dpkg-query', ['-W', statusFormat, name], { encoding: 'utf8' }).stdout?.includes(
    'install ok installed',
  )
const missing = hasDpkg
  ? packages.filter((name) => !isInstalled(name))
  : existsSync('/usr/bin/chromium')
    ? []
    : ['chromium']
if (missing.length === 0) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (!isRoot || !hasApt) {
  console.error(
    `Missing for the end-to-end tests: run \`sudo apt-get install -y ${missing.join(' ')}\` (Debian), or set CHROMIUM_PATH.`,
  )
  process.exit(1)
}

console.log(`Installing ${missing.join(', ')} for the end-to-end tests (apt-get)…`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env })
for (const binary of ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']) {
  if (existsSync(binary)) continue
  console.error(`apt-get finished but ${binary} is still missing; install it by hand.`)
  process.exit(1)
}

// `npm run screenshots -- --out DIR [--base-url URL] [--state name=QUERY]…`
// Renders the named review states of the app to DIR/<name>.png, each in review mode (?review=1) with the
// review stamp on screen, and prints each file it wrote. Without --base-url it starts the app itself, in
// demo mode on free ports, with the emulator's fault control on (for the error state), and stops it after.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const USAGE = 'usage: npm run screenshots -- --out DIR [--base-url URL] [--state name=QUERY]…'

/** The states every run renders; `--state` adds more. An uncached region makes the error state real. */
const BUILT_IN = [
  { name: 'list', query: '' },
  { name: 'filtered', query: 'type=custom&type=shared&name=web' },
  { name: 'sorted', query: 'sort=name:asc,created:desc' },
  { name: 'drawer', query: '', openRow: 1 },
  { name: 'empty', query: 'name=no-such-image-anywhere' },
  { name: 'error', query: 'region=ap-bangkok', fault: true },
  { name: 'dark', query: 'theme=dark' },
  { name: 'phone', query: '', viewport: PHONE },
]

function fail(message) {
  console.error(message)
  process.exit(2)
}

function parseArgs(argv) {
  const options = { out: null, baseUrl: null, states: [] }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s)
    const value = inline ?? argv[++i]
    if (value === undefined) fail(`${flag} needs a value\n${USAGE}`)
    if (flag === '--out') options.out = path.resolve(value)
    else if (flag === '--base-url') options.baseUrl = value.replace(/\/+$/, '')
    else if (flag === '--state') options.states.push(parseState(value))
    else fail(`unknown option ${flag}\n${USAGE}`)
  }
  if (!options.out) fail(USAGE)
  return options
}

function parseState(value) {
  const [name, query = ''] = value.split(/=(.*)/s)
  if (!/^[\w-]+$/.test(name))
    fail(`--state needs name=QUERY with a name of letters, digits, - or _: ${value}`)
  return { name, query: query.replace(/^\?/, '') }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function waitForHealth(baseUrl, child) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`)
    const healthy = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the app did not answer /healthz within 180 s')
}

/** `npm start` in demo mode (no credentials), on free ports, its output kept off our stdout. */
async function startApp() {
  const [port, emulatorPort] = [await freePort(), await freePort()]
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMULATOR_PORT: String(emulatorPort),
    TENCENTCLOUD_SECRET_ID: '',
    TENCENTCLOUD_SECRET_KEY: '',
    TENCENTCLOUD_SESSION_TOKEN: '',
    TENCENTCLOUD_REGION: '',
    TENCENTCLOUD_API: '',
    IMAGE_API_ENDPOINT: '',
  }
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--test-faults'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(baseUrl, child)
  } catch (error) {
    child.kill()
    throw error
  }
  return {
    baseUrl,
    faultsUrl: `http://127.0.0.1:${emulatorPort}/__emulator/faults`,
    stop: () => child.kill(),
  }
}

function stateUrl(baseUrl, query) {
  const params = new URLSearchParams(query)
  if (!params.has('review')) params.set('review', '1')
  return `${baseUrl}/?${params}`
}

/** Ready: rows fetched (the stamp has its time), or an error or empty state on screen; tools loaded. */
async function waitUntilSettled(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('[aria-label="Review stamp"] time[datetime]') !== null ||
      document.querySelector('[role="alert"] h2') !== null,
    null,
    { timeout: 60_000 },
  )
  await page.getByRole('button', { name: 'Export' }).waitFor()
  await page.evaluate(() => document.fonts.ready)
}

async function injectFault(faultsUrl) {
  const response = await fetch(faultsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ next: { count: 20, fault: { kind: 'http500' } } }),
  })
  if (!response.ok) throw new Error(`the emulator refused the fault: HTTP ${response.status}`)
}

async function renderState(browser, app, state, out) {
  const context = await browser.newContext({ viewport: state.viewport ?? DESKTOP, reducedMotion: 'reduce' })
  try {
    const page = await context.newPage()
    if (state.fault) await injectFault(app.faultsUrl)
    await page.goto(stateUrl(app.baseUrl, state.query))
    await waitUntilSettled(page)
    if (state.fault) await fetch(app.faultsUrl, { method: 'DELETE' })
    if (state.openRow !== undefined) {
      await page.getByRole('table', { name: 'Images' }).locator('tbody tr').nth(state.openRow).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Copy JSON' }).waitFor()
    }
    const file = path.join(out, `${state.name}.png`)
    // The drawer is fixed to the viewport: a full-page picture would show the page past its overlay.
    const fullPage = state.openRow === undefined
    await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' })
    return file
  } finally {
    await context.close()
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  mkdirSync(options.out, { recursive: true })
  const app = options.baseUrl
    ? { baseUrl: options.baseUrl, faultsUrl: null, stop: () => {} }
    : await startApp()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    for (const state of [...BUILT_IN, ...options.states]) {
      if (state.fault && !app.faultsUrl) {
        console.error(`skipped ${state.name}: --base-url has no emulator fault control to cause an error`)
        continue
      }
      console.log(await renderState(browser, app, state, options.out))
    }
  } finally {
    await browser.close()
    app.stop()
  }
}

main().catch((error) => {
  console.error(`screenshots failed: ${error.message}`)
  process.exit(1)
})

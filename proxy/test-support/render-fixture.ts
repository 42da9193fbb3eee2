/** What the server-render tests share: the built page's template in a static root, and an emulator to render from. */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { type RunningEmulator, startEmulator } from '../../emulator/server.js'
import { FAKE, scratchDir } from './harness.js'

/** The shape `vite build` gives index.html: the page the proxy renders into, and serves as it is otherwise. */
export const PAGE_TEMPLATE = [
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>CVM Image Browser</title>',
  '<link rel="stylesheet" crossorigin href="/assets/index-Ab12Cd34.css">',
  '<script type="module" crossorigin src="/assets/app.js"></script></head>',
  '<body><div id="root"></div></body></html>',
].join('')

/** The built style sheet the template links. */
export const PAGE_STYLES = '.image-table{table-layout:fixed}'

/** The Accept header of a browser asking for a page. */
export const HTML_ACCEPT = { accept: 'text/html,application/xhtml+xml' }

/** A static root holding only the page template. */
export function templateRoot(prefix: string): string {
  const root = scratchDir(prefix)
  writeFileSync(path.join(root, 'index.html'), PAGE_TEMPLATE)
  mkdirSync(path.join(root, 'assets'))
  writeFileSync(path.join(root, 'assets', 'index-Ab12Cd34.css'), PAGE_STYLES)
  return root
}

/** The emulator, taking the harness's fake keys. */
export const startRenderEmulator = (): Promise<RunningEmulator> =>
  startEmulator({ secretId: FAKE.secretId, secretKey: FAKE.secretKey, sessionToken: FAKE.token })

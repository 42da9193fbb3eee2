/**
 * Where the project's programs are: the compiled entries scripts/start.ts runs and the sources each is built
 * from. The one place the tooling names a server file by path.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** `npm start` runs `app`, `npm run emulator` runs `emulator`; both are built by `tsc -p tsconfig.server.json`. */
export const ENTRIES = {
  app: 'dist-server/proxy/main.js',
  emulator: 'dist-server/emulator/main.js',
} as const

export type Program = keyof typeof ENTRIES

/** The emulator answers the legacy API on the path Tencent's endpoint has: https://image.api.qcloud.com/v2/index.php */
export const LEGACY_API_PATH = '/v2/index.php'

const CONFIGS = ['package-lock.json', 'tsconfig.json']

/** What each build reads: a file or folder newer than the output makes the output stale. */
export const BUILDS = {
  web: {
    output: 'dist/index.html',
    sources: ['web', 'core', 'public', 'index.html', 'vite.config.ts', ...CONFIGS],
    command: ['vite', 'build', '--logLevel', 'warn'],
  },
  /** The server render of page URLs (web/entry-server.tsx), loaded by the proxy when present. */
  ssr: {
    output: 'dist-ssr/entry-server.js',
    sources: ['web', 'core', 'vite.config.ts', ...CONFIGS],
    command: ['vite', 'build', '--ssr', 'web/entry-server.tsx', '--outDir', 'dist-ssr', '--logLevel', 'warn'],
  },
  server: {
    output: ENTRIES.app,
    sources: ['proxy', 'emulator', 'core', 'tsconfig.server.json', ...CONFIGS],
    command: ['tsc', '-p', 'tsconfig.server.json'],
  },
} as const

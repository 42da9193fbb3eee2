// `npm run dev`: the proxy (restarted on change by tsx) plus Vite with hot reload, /api forwarded to the proxy.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './lib/paths.js'

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
const proxyPort = process.env.DEV_PROXY_PORT || '8080'

const children = [
  spawn(bin('tsx'), ['watch', 'proxy/main.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PORT: proxyPort, HOST: '127.0.0.1', SERVE_STATIC: '0' },
  }),
  spawn(bin('vite'), [], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DEV_PROXY_PORT: proxyPort } }),
]

function stopAll(code: number): void {
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0))
process.on('SIGINT', () => stopAll(130))
process.on('SIGTERM', () => stopAll(143))

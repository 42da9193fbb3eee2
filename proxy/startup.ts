/** The small decisions main.ts makes, as pure functions: the start-up line and signal handling. */
import type { Config } from './config/config.js'

/** `AKID…ESA1`: enough to tell keys apart, not enough to use one. */
export function maskSecretId(secretId: string): string {
  return secretId.length <= 8 ? '…' : `${secretId.slice(0, 4)}…${secretId.slice(-4)}`
}

export function startupLine(config: Config, port: number): string {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  const mode =
    config.mode === 'demo'
      ? 'demo mode: built-in DescribeImages emulator'
      : `signing for SecretId ${maskSecretId(config.credentials?.secretId ?? '')}`
  const api = config.api === 'v3' ? ', API 3.0' : ''
  return `CVM Image Browser on http://${host}:${port}/ (${mode}${api})`
}

export interface SignalSource {
  on(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown
}

/**
 * First SIGTERM/SIGINT: close (in-flight requests finish), then exit 0, or 1 if closing failed.
 * A second signal while closing exits at once with 1.
 */
export function closeOnSignals(
  source: SignalSource,
  close: () => Promise<void>,
  exit: (code: number) => void,
): void {
  let closing = false
  const onSignal = () => {
    if (closing) return exit(1)
    closing = true
    close().then(
      () => exit(0),
      () => exit(1),
    )
  }
  source.on('SIGTERM', onSignal)
  source.on('SIGINT', onSignal)
}

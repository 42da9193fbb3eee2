/** The small decisions main.ts makes, as pure functions: demo wiring, the start-up line, signal handling. */
import type { Config, Credentials } from './config.js'
import type { RunningEmulator } from './emulator/server.js'

/** `AKID…ESA1`: enough to tell keys apart, not enough to use one. */
export function maskSecretId(secretId: string): string {
  return secretId.length <= 8 ? '…' : `${secretId.slice(0, 4)}…${secretId.slice(-4)}`
}

/**
 * Demo mode signs with the emulator's credentials and calls the emulator instead of the cloud, at the
 * endpoint of the configured API (the emulator answers both).
 */
export function pointAtEmulator(
  config: Config,
  emulator: Pick<RunningEmulator, 'endpoint' | 'v3Endpoint'>,
  credentials: Credentials,
): Config {
  const endpoint = config.api === 'v3' ? emulator.v3Endpoint : emulator.endpoint
  return { ...config, endpoint: new URL(endpoint), credentials }
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

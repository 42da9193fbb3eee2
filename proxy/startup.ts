/** The small decisions main.ts makes, as pure functions: the start-up line and signal handling. */
import type { Config, CredentialSource } from './config/config.js'
import { maskSecretId } from './credentials/mask.js'

export { maskSecretId } from './credentials/mask.js'

/** Static keys by their masked SecretId; role-based sources by their role, whose keys are yet to come. */
function signingWith(source: CredentialSource | null): string {
  if (source === null) return 'no credentials'
  switch (source.kind) {
    case 'assume-role':
      return `signing as ${source.roleArn} (AssumeRole with SecretId ${maskSecretId(source.base.secretId)})`
    case 'oidc':
      return `signing as ${source.roleArn} (TKE OIDC)`
    case 'cvm-role':
      return `signing as the CVM role ${source.roleName ?? 'of this instance'}`
    default:
      return `signing for SecretId ${maskSecretId(source.credentials.secretId)}`
  }
}

/** Who may come in, where people sign in as themselves; nothing for none and basic, as before. */
function signInWith({ auth }: Config): string {
  if (auth.mode === 'oidc')
    return `, sign-in through ${auth.oidc.issuer.host} for ${auth.oidc.publicUrl.origin}`
  if (auth.mode === 'header') return `, users named by ${auth.userHeader} from ${auth.trusted.join(', ')}`
  return ''
}

export function startupLine(config: Config, port: number): string {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  const mode =
    config.mode === 'demo'
      ? 'demo mode: built-in DescribeImages emulator'
      : signingWith(config.credentialSource)
  const api = config.api === 'v3' ? ', API 3.0' : ''
  return `CVM Image Browser on http://${host}:${port}/ (${mode}${api}${signInWith(config)})`
}

export interface SignalSource {
  on(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown
}

/**
 * Ctrl+C under `npm start` arrives twice, from the terminal and forwarded by npm, moments apart: signals
 * within this time of the first are that same one.
 */
export const SAME_SIGNAL_MS = 1_000

/**
 * First SIGTERM/SIGINT: close (in-flight requests finish), then exit 0, or 1 if closing failed.
 * Another signal while closing, past SAME_SIGNAL_MS, exits at once with 1.
 */
export function closeOnSignals(
  source: SignalSource,
  close: () => Promise<void>,
  exit: (code: number) => void,
  now: () => number = Date.now,
): void {
  let closingSince: number | null = null
  const onSignal = () => {
    if (closingSince !== null) {
      if (now() - closingSince >= SAME_SIGNAL_MS) exit(1)
      return
    }
    closingSince = now()
    close().then(
      () => exit(0),
      () => exit(1),
    )
  }
  source.on('SIGTERM', onSignal)
  source.on('SIGINT', onSignal)
}

/**
 * The temporary keys the emulator's metadata service and STS hand out, and the record of every call signed
 * with them: a key signs DescribeImages, with its token, only until it expires (or is revoked), and each use
 * is counted as accepted or refused, so tests can prove every call was signed with keys valid when sent.
 */
import { randomBytes } from 'node:crypto'
import type { RequestError } from '../../core/request/refusal.js'
import type { EmulatorCredentials } from '../config.js'

export type IssuedBy = 'assume-role' | 'oidc' | 'cvm-role'

export interface IssuedKey extends Required<EmulatorCredentials> {
  issuedBy: IssuedBy
  role: string
  issuedAtMs: number
  /** Whole seconds, as `ExpiredTime` says it. */
  expiresAtMs: number
  revoked: boolean
  /** Calls accepted and refused (expired or revoked) with this key. */
  accepted: number
  refused: number
}

/** Old keys are forgotten beyond this many: a long-running emulator stays small. */
const MAX_KEYS = 10_000

const randomText = (bytes: number) => randomBytes(bytes).toString('base64url')

export class KeyRing {
  private readonly keys = new Map<string, IssuedKey>()

  constructor(private readonly now: () => number) {}

  issue(issuedBy: IssuedBy, role: string, lifetimeSeconds: number): IssuedKey {
    const issuedAtMs = this.now()
    const key: IssuedKey = {
      secretId: `AKIDtmp${randomText(21)}`,
      secretKey: randomText(24),
      sessionToken: randomText(48),
      issuedBy,
      role,
      issuedAtMs,
      expiresAtMs: (Math.floor(issuedAtMs / 1000) + lifetimeSeconds) * 1000,
      revoked: false,
      accepted: 0,
      refused: 0,
    }
    this.keys.set(key.secretId, key)
    if (this.keys.size > MAX_KEYS) this.keys.delete(this.keys.keys().next().value as string)
    return key
  }

  /** The issued pair a call's SecretId names, expired or not (the signature is checked before the expiry). */
  credentialsFor(secretId: string | undefined): EmulatorCredentials | undefined {
    return secretId === undefined ? undefined : this.keys.get(secretId)
  }

  /** After the signature checks out: an issued key past its expiry or revoked is refused with `code`. */
  checkLive(secretId: string | undefined, code: string): RequestError | null {
    const key = secretId === undefined ? undefined : this.keys.get(secretId)
    if (!key) return null
    if (key.revoked || this.now() >= key.expiresAtMs) {
      key.refused += 1
      const why = key.revoked ? 'was revoked' : 'has expired'
      return { code, message: `The temporary key's token ${why}.` }
    }
    key.accepted += 1
    return null
  }

  /** As when a role's sessions are revoked in the console: the key's next call is refused. */
  revoke(secretId: string): void {
    const key = this.keys.get(secretId)
    if (key) key.revoked = true
  }

  issued(): readonly IssuedKey[] {
    return [...this.keys.values()]
  }
}

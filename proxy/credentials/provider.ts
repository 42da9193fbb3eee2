/**
 * What the upstream asks for the keys to sign with: a CredentialProvider, asked on every signing. Static keys
 * (env, file, demo) never change; role-based sources refresh in the background (refresher.ts).
 */
import type { CredentialSourceKind, Credentials } from '../config/config.js'
import { maskSecretId } from './mask.js'

/** What /readyz and /api/info show: never a key or a token, the SecretId masked. */
export interface CredentialStatus {
  source: CredentialSourceKind
  /** The role's ARN (AssumeRole, TKE OIDC) or name (CVM role); null for static keys or before discovery. */
  role: string | null
  /** First 4 and last 4 characters. */
  secretId: string | null
  /** ISO time the current keys expire; null for keys that do not. */
  expiresAt: string | null
  /** ISO time the current keys arrived; null for static keys. */
  lastRefresh: string | null
  /** Why the last fetch failed, until one succeeds; safe to show. */
  lastError: string | null
  /** Keys valid now. */
  usable: boolean
}

export interface CredentialProvider {
  /** Keys valid now: the current ones, or (when there are none) the outcome of one fetch shared by all callers. */
  current(): Promise<Credentials>
  /**
   * After Tencent refused `stale` (token expired or revoked): newer keys if they already arrived, else the
   * outcome of one fetch shared by all callers. Static keys answer themselves.
   */
  refresh(stale: Credentials): Promise<Credentials>
  status(): CredentialStatus
  /** The secret key and token of the current and previous keys, for the logger's redaction by value. */
  secretValues(): readonly string[]
  /** Stops the background refresh. */
  close(): void
}

/** No valid keys could be had; the message names the source and why, and carries no secret. */
export class CredentialsUnavailableError extends Error {}

/**
 * Codes that mean "these temporary keys are expired or revoked": worth one refresh and one more try
 * (https://www.tencentcloud.com/document/product/1209/56023; legacy: InvalidRequest.TokenCheckFailed).
 */
export const TOKEN_REFRESH_CODES: ReadonlySet<string> = new Set([
  'AuthFailure.TokenFailure',
  'AuthFailure.SignatureExpire',
  'InvalidRequest.TokenCheckFailed',
])

export function secretValuesOf(credentials: Credentials | undefined): string[] {
  if (!credentials) return []
  return [credentials.secretKey.reveal(), credentials.token?.reveal() ?? ''].filter((value) => value !== '')
}

export function staticProvider(source: CredentialSourceKind, credentials: Credentials): CredentialProvider {
  const status: CredentialStatus = {
    source,
    role: null,
    secretId: maskSecretId(credentials.secretId),
    expiresAt: null,
    lastRefresh: null,
    lastError: null,
    usable: credentials.secretId !== '' && credentials.secretKey.reveal() !== '',
  }
  return {
    current: async () => credentials,
    refresh: async () => credentials,
    status: () => status,
    secretValues: () => secretValuesOf(credentials),
    close: () => {},
  }
}

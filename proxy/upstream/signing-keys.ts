/**
 * The keys for one attempt, from the credential provider (proxy/credentials/): none to be had is a quick
 * 503 naming why; a token Tencent refused as expired or revoked is worth one forced refresh and one more try.
 */
import type { Credentials } from '../config/config.js'
import {
  type CredentialProvider,
  CredentialsUnavailableError,
  TOKEN_REFRESH_CODES,
} from '../credentials/provider.js'
import { type Attempt, PROXY_ERRORS, proxyAnswer } from './answer.js'

/** An attempt and the keys it was signed with (none when no keys could be had). */
export type SignedAttempt = Attempt & { credentials?: Credentials }

/** Seconds a client should wait before trying again while no keys can be had. */
const RETRY_AFTER_S = 5

/** The current keys, or after Tencent refused `stale`, refreshed ones; an answer when there are none. */
export async function keysFor(
  provider: CredentialProvider,
  stale?: Credentials,
): Promise<Credentials | Attempt> {
  try {
    return await (stale ? provider.refresh(stale) : provider.current())
  } catch (error) {
    if (!(error instanceof CredentialsUnavailableError)) throw error
    return { answer: proxyAnswer(PROXY_ERRORS.credentials, error.message, RETRY_AFTER_S), retryable: false }
  }
}

export function needsNewKeys(last: SignedAttempt): boolean {
  const { answer } = last
  return answer.kind === 'upstream' && TOKEN_REFRESH_CODES.has(answer.errorCode ?? '') && !!last.credentials
}

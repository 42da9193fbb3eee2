/**
 * The app's side of OpenID Connect, through openid-client: discovery (on first use, and again after a
 * failure, so an identity provider that was down or misconfigured at start works once it is fixed), the
 * authorization URL with PKCE (S256), state and nonce, the code exchange with its checks, and sign-out.
 */
import * as client from 'openid-client'
import type { OidcSettings } from '../config/config.js'
import type { IdentityClaims } from './admission.js'

/** Seconds for each call to the identity provider: a sign-in waits this long at most for an answer. */
const IDP_TIMEOUT_S = 5

/** What a sign-in under way keeps on the server until its callback, keyed by its state. */
export interface PendingSignIn {
  verifier: string
  nonce: string
  returnTo: string
}

export interface SignedIn {
  claims: IdentityClaims
}

/** The provider said no (a refused, forged or replayed answer): 400. Anything else means it is unavailable. */
export class IdpRefusal extends Error {}

const REFUSAL_NAMES = new Set(['ResponseBodyError', 'AuthorizationResponseError'])
const REFUSAL_CODES = new Set([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_PARSE_ERROR',
])

/** The provider refusing this app itself (a wrong client id or secret): a setup to fix, not a bad answer. */
const SETUP_ERRORS = new Set(['invalid_client', 'unauthorized_client'])

function isRefusal(error: unknown): boolean {
  const { name, code, error: oauthError } = error as { name?: unknown; code?: unknown; error?: unknown }
  if (SETUP_ERRORS.has(String(oauthError))) return false
  return REFUSAL_NAMES.has(String(name)) || REFUSAL_CODES.has(String(code))
}

export interface IdentityProvider {
  /** The URL to send the browser to; throws when the provider cannot be reached. */
  authorizationUrl(pending: PendingSignIn, state: string, forceLogin: boolean): Promise<URL>
  /** Checks the callback and exchanges its code; IdpRefusal when the answer is not good. */
  finish(callbackUrl: URL, state: string, pending: PendingSignIn): Promise<SignedIn>
  /** The provider's end-session address, or null when it has none or cannot be reached now. */
  endSessionUrl(): Promise<URL | null>
}

/** Discovery on first use, kept once it succeeds, tried again on the next use after a failure. */
function lazyDiscovery(settings: OidcSettings): () => Promise<client.Configuration> {
  let discovered: Promise<client.Configuration> | null = null
  const auth = settings.clientSecret
    ? client.ClientSecretBasic(settings.clientSecret.reveal())
    : client.None()
  const options = {
    timeout: IDP_TIMEOUT_S,
    execute: settings.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
  }
  return () => {
    discovered ??= client
      .discovery(settings.issuer, settings.clientId, undefined, auth, options)
      .catch((error) => {
        discovered = null
        throw error
      })
    return discovered
  }
}

/** The code exchange with every check, and the userinfo claims (where groups and email often are). */
async function exchange(
  config: client.Configuration,
  callbackUrl: URL,
  state: string,
  pending: PendingSignIn,
) {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  })
  const claims = tokens.claims() as IdentityClaims
  const hasUserInfo = config.serverMetadata().userinfo_endpoint !== undefined
  const info = hasUserInfo ? await client.fetchUserInfo(config, tokens.access_token, claims.sub) : {}
  return { claims: { ...info, ...claims } }
}

export function createIdentityProvider(settings: OidcSettings): IdentityProvider {
  const redirectUri = new URL('/auth/callback', settings.publicUrl).href
  const configuration = lazyDiscovery(settings)
  return {
    async authorizationUrl(pending, state, forceLogin) {
      const config = await configuration()
      return client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state,
        nonce: pending.nonce,
        ...(forceLogin ? { prompt: 'login' } : {}),
      })
    },
    async finish(callbackUrl, state, pending) {
      const config = await configuration()
      try {
        return await exchange(config, callbackUrl, state, pending)
      } catch (error) {
        if (isRefusal(error)) throw new IdpRefusal('the identity provider refused the sign-in')
        throw error
      }
    },
    // By client_id rather than id_token_hint: no token ever goes to the browser, not even in this address.
    async endSessionUrl() {
      const config = await configuration().catch(() => null)
      if (!config?.serverMetadata().end_session_endpoint) return null
      return client.buildEndSessionUrl(config, {
        post_logout_redirect_uri: settings.publicUrl.href,
        client_id: settings.clientId,
      })
    },
  }
}

export const newSignInSecrets = () => ({
  state: client.randomState(),
  nonce: client.randomNonce(),
  verifier: client.randomPKCECodeVerifier(),
})

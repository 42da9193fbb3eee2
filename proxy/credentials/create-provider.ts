/** The provider for a configured source: static keys as they are, the role-based ones refreshing. */
import type { CredentialSource } from '../config/config.js'
import type { HttpFetch } from '../upstream/http-fetch.js'
import { cvmRoleKeySource } from './metadata.js'
import { type CredentialProvider, staticProvider } from './provider.js'
import { createRefreshingProvider, type RefresherDeps } from './refresher.js'
import { assumeRoleKeySource, webIdentityKeySource } from './sts.js'

export interface ProviderDeps extends RefresherDeps {
  /** STS's transport: the upstream's (node:http, keep-alive). */
  fetch: HttpFetch
  /** Deadline of one STS call. */
  stsTimeoutMs: number
}

export function createCredentialProvider(source: CredentialSource, deps: ProviderDeps): CredentialProvider {
  const sts = { fetch: deps.fetch, now: deps.now ?? Date.now, timeoutMs: deps.stsTimeoutMs }
  switch (source.kind) {
    case 'env':
    case 'file':
    case 'demo':
      return staticProvider(source.kind, source.credentials)
    case 'assume-role':
      return createRefreshingProvider(assumeRoleKeySource(source, sts), deps)
    case 'oidc':
      return createRefreshingProvider(webIdentityKeySource(source, sts), deps)
    case 'cvm-role':
      return createRefreshingProvider(cvmRoleKeySource(source), deps)
  }
}

/** GET /api/info: what the browser may know about the proxy's setup; never a key, only the endpoint's host. */
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config/config.js'
import type { CredentialProvider } from '../credentials/provider.js'
import type { Services } from '../services.js'
import { credentialsReport } from './health.js'

/** `user`: who is signed in (null without sign-in); `signOut`: whether this app can sign them out. */
export function apiInfo(config: Config, credentials: CredentialProvider | null, user: string | null = null) {
  return {
    // Named only where people sign in as themselves: a shared Basic auth user is nobody in particular.
    user: config.auth.mode === 'oidc' || config.auth.mode === 'header' ? user : null,
    signOut: config.auth.mode === 'oidc' && user !== null,
    mode: config.mode,
    api: config.api,
    defaultRegion: config.defaultRegion,
    signatureMethod: config.signatureMethod,
    endpointHost: config.endpoint.host,
    version: config.version,
    credentials: credentialsReport(credentials),
  }
}

export async function registerInfo(api: FastifyInstance, { config, credentials }: Services): Promise<void> {
  api.get('/info', async (request) => apiInfo(config, credentials, request.user))
}

/**
 * AUTH=oidc and AUTH=header on the app: the cookie plugin, the gate in front of every route, the sign-in
 * routes. (AUTH=basic is http/security.ts's, as before; AUTH=none adds nothing.) Every mode leaves the user,
 * when there is one, on `request.user` for the audit trail, the per-user rate limit and /api/info.
 */
import fastifyCookie from '@fastify/cookie'
import type { FastifyInstance } from 'fastify'
import type { OidcSettings } from '../config/config.js'
import type { Services } from '../services.js'
import { eventAuditLine } from './audit-line.js'
import type { AuditTrail } from './audit-trail.js'
import { headerGate, sessionGate } from './auth-gate.js'
import { cookieNames } from './cookie-names.js'
import { createIdentityProvider } from './identity-provider.js'
import { registerOidcRoutes } from './oidc-routes.js'
import { createRecordStore } from './session-store.js'
import { createSessions } from './sessions.js'
import { trustedPeers } from './trusted-peer.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: the signed-in, proxy-named or Basic auth user; null without sign-in. */
    user: string | null
  }
}

async function registerOidc(
  app: FastifyInstance,
  services: Services,
  settings: OidcSettings,
  audit: AuditTrail,
) {
  await app.register(fastifyCookie, { secret: settings.session.secret.reveal() })
  const store = createRecordStore(services.shared?.link ?? null, services.now)
  const sessions = createSessions(store, cookieNames(settings.publicUrl), settings.session.ttlS)
  const idp = createIdentityProvider(settings)
  app.addHook('onRequest', sessionGate(sessions))
  await registerOidcRoutes(app, { settings, idp, sessions, store, audit, now: services.now })
}

export async function registerAuth(app: FastifyInstance, services: Services): Promise<void> {
  app.decorateRequest('user', null)
  const { auth } = services.config
  const { audit } = services
  if (auth.mode === 'oidc') await registerOidc(app, services, auth.oidc, audit)
  if (auth.mode === 'header') {
    const onRefusal = (request: { ip: string }) =>
      audit.record(
        eventAuditLine({
          time: services.now(),
          event: 'refusal',
          user: null,
          client: request.ip,
          reason: 'no-user',
        }),
      )
    app.addHook('onRequest', headerGate(auth.userHeader, trustedPeers(auth.trusted), onRefusal))
  }
}

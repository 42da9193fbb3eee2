/**
 * /auth/login, /auth/callback and /auth/logout for AUTH=oidc. A sign-in under way is a server record keyed by
 * its state, bound to the browser by a signed cookie, and used once: a forged or replayed callback is refused
 * (400) before anything is kept. Every refusal is a page saying why, with an audit line and no session.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { OidcSettings } from '../config/config.js'
import { admit } from './admission.js'
import { type AuthEvent, eventAuditLine } from './audit-line.js'
import type { AuditTrail } from './audit-trail.js'
import { type AuthPageKind, authPage, pageLanguage } from './auth-pages.js'
import {
  type IdentityProvider,
  IdpRefusal,
  newSignInSecrets,
  type PendingSignIn,
} from './identity-provider.js'
import { safeReturnPath } from './return-path.js'
import type { RecordStore } from './session-store.js'
import type { Sessions } from './sessions.js'

export interface OidcContext {
  settings: OidcSettings
  idp: IdentityProvider
  sessions: Sessions
  store: RecordStore
  audit: AuditTrail
  now: () => number
}

const PENDING = 'sign-in'
/** A sign-in must come back within ten minutes. */
const PENDING_TTL_S = 600
const STATUS: Record<AuthPageKind, number> = {
  domain: 403,
  group: 403,
  'email-missing': 403,
  'email-unverified': 403,
  'bad-callback': 400,
  'idp-refused': 400,
  'idp-unavailable': 503,
  'no-user': 401,
}

function note(
  context: OidcContext,
  request: FastifyRequest,
  event: Pick<AuthEvent, 'event' | 'user' | 'reason'>,
) {
  context.audit.record(eventAuditLine({ ...event, time: context.now(), client: request.ip }))
}

function refuse(
  context: OidcContext,
  request: FastifyRequest,
  reply: FastifyReply,
  refusal: { kind: AuthPageKind; user?: string },
) {
  const { kind, user } = refusal
  note(context, request, { event: 'refusal', user: user ?? null, reason: kind })
  const next = STATUS[kind] === 403 ? '/auth/login?switch=1' : '/auth/login'
  const html = authPage({ kind, user, next, language: pageLanguage(request.headers['accept-language']) })
  return reply
    .code(STATUS[kind])
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html)
}

async function login(context: OidcContext, request: FastifyRequest, reply: FastifyReply) {
  const query = request.query as Record<string, unknown>
  const returnTo = safeReturnPath(query.return)
  const { state, nonce, verifier } = newSignInSecrets()
  const pending: PendingSignIn = { verifier, nonce, returnTo }
  let url: URL
  try {
    url = await context.idp.authorizationUrl(pending, state, query.switch === '1')
  } catch (error) {
    request.log.warn({ reason: reasonOf(error) }, 'the identity provider cannot be reached for sign-in')
    return refuse(context, request, reply, { kind: 'idp-unavailable' })
  }
  await context.store.set(PENDING, state, pending, PENDING_TTL_S * 1000)
  context.sessions.setSignedCookie(reply, context.sessions.naming.signIn, state, PENDING_TTL_S)
  return reply.header('cache-control', 'no-store').redirect(url.href, 302)
}

/** The OAuth error of an answer: in its body (`error`), or in a WWW-Authenticate challenge (a 401). */
function oauthErrorOf(error: Record<string, unknown>): unknown {
  const { cause } = error
  if (!Array.isArray(cause)) return error.error
  return (cause[0] as { parameters?: { error?: unknown } } | undefined)?.parameters?.error
}

/**
 * An OAuth error code (`invalid_client`), a system error code or an error's name: never its message, which may
 * quote a URL with a code in it.
 */
function reasonOf(error: unknown): string {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>
  const cause = fields.cause as { code?: unknown } | undefined
  const reason = oauthErrorOf(fields) ?? cause?.code ?? fields.code ?? fields.name
  return typeof reason === 'string' && /^[\w.-]{1,60}$/.test(reason) ? reason : 'unknown'
}

async function callback(context: OidcContext, request: FastifyRequest, reply: FastifyReply) {
  const { sessions } = context
  const state = (request.query as Record<string, unknown>).state
  const bound = sessions.signedCookie(request, sessions.naming.signIn)
  sessions.clearCookie(reply, sessions.naming.signIn)
  const pending =
    typeof state === 'string' && state === bound
      ? await context.store.take<PendingSignIn>(PENDING, state)
      : null
  if (!pending || typeof state !== 'string') return refuse(context, request, reply, { kind: 'bad-callback' })
  let signedIn: Awaited<ReturnType<IdentityProvider['finish']>>
  try {
    signedIn = await context.idp.finish(new URL(request.url, context.settings.publicUrl), state, pending)
  } catch (error) {
    if (error instanceof IdpRefusal) return refuse(context, request, reply, { kind: 'idp-refused' })
    request.log.warn({ reason: reasonOf(error) }, 'the identity provider cannot be reached to finish sign-in')
    return refuse(context, request, reply, { kind: 'idp-unavailable' })
  }
  const admission = admit(signedIn.claims, context.settings)
  if (!admission.ok) return refuse(context, request, reply, { kind: admission.reason, user: admission.user })
  await sessions.open(reply, { user: admission.user })
  note(context, request, { event: 'sign-in', user: admission.user })
  return reply.header('cache-control', 'no-store').redirect(pending.returnTo, 302)
}

/** POST only, so no link or image can sign anyone out; a script asking for JSON gets where to go next. */
async function logout(context: OidcContext, request: FastifyRequest, reply: FastifyReply) {
  const record = await context.sessions.close(request, reply)
  if (record) note(context, request, { event: 'sign-out', user: record.user })
  const endSession = record ? await context.idp.endSessionUrl() : null
  const location = endSession?.href ?? '/'
  reply.header('cache-control', 'no-store')
  if ((request.headers.accept ?? '').includes('application/json')) return reply.send({ location })
  return reply.redirect(location, 303)
}

export async function registerOidcRoutes(app: FastifyInstance, context: OidcContext): Promise<void> {
  app.get('/auth/login', (request, reply) => login(context, request, reply))
  app.get('/auth/callback', (request, reply) => callback(context, request, reply))
  app.post('/auth/logout', (request, reply) => logout(context, request, reply))
}

/**
 * The door in front of everything but the health checks and the sign-in routes. A page without a user goes
 * to sign-in (AUTH=oidc) or gets a page saying why (AUTH=header); anything else gets 401 in Tencent's
 * envelope with the proxy's own code, and never reaches the upstream.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { sendError } from '../http/errors.js'
import { authPage, pageLanguage } from './auth-pages.js'
import { hasControlCharacter } from './return-path.js'
import type { Sessions } from './sessions.js'

/** The proxy's code for a call made without signing in (or with a session that has ended). */
export const SIGN_IN_REQUIRED = 'ProxyError.SignInRequired'

const OPEN_PATHS = new Set(['/healthz', '/readyz'])

export function pathOf(url: string): string {
  const mark = url.indexOf('?')
  return mark === -1 ? url : url.slice(0, mark)
}

export function isOpenPath(path: string): boolean {
  return OPEN_PATHS.has(path) || path.startsWith('/auth/')
}

function wantsPage(request: FastifyRequest, path: string): boolean {
  const reads = request.method === 'GET' || request.method === 'HEAD'
  const api = path === '/api' || path.startsWith('/api/')
  return reads && !api && (request.headers.accept ?? '').includes('text/html')
}

function refuseCall(reply: FastifyReply, stale: boolean) {
  const message = stale
    ? 'Your session has ended; sign in again.'
    : 'Sign in first: open this proxy in a browser.'
  return sendError(reply, 401, SIGN_IN_REQUIRED, message)
}

/** AUTH=oidc: the session's user, or sign-in for a page and 401 for the rest. */
export function sessionGate(sessions: Sessions) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request.url)
    if (isOpenPath(path)) return
    const session = await sessions.read(request)
    if (session.state === 'open') {
      request.user = session.record.user
      return
    }
    if (session.state === 'stale') sessions.clearCookie(reply, sessions.naming.session)
    if (!wantsPage(request, path)) return refuseCall(reply, session.state === 'stale')
    const target = `/auth/login?return=${encodeURIComponent(request.url)}`
    return reply.header('cache-control', 'no-store').redirect(target, 302)
  }
}

/** AUTH=header: the user the trusted auth proxy names, or 401. */
export function headerGate(
  header: string,
  trusted: (address: string | undefined) => boolean,
  onRefusal: (request: FastifyRequest) => void,
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request.url)
    if (OPEN_PATHS.has(path)) return
    const value = request.headers[header]
    const user = typeof value === 'string' ? value.trim() : ''
    if (
      trusted(request.socket.remoteAddress) &&
      user !== '' &&
      user.length <= 256 &&
      !hasControlCharacter(user)
    ) {
      request.user = user
      return
    }
    onRefusal(request)
    if (!wantsPage(request, path)) return refuseCall(reply, false)
    const language = pageLanguage(request.headers['accept-language'])
    const html = authPage({ kind: 'no-user', language, next: request.url })
    return reply.code(401).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html)
  }
}

/**
 * Sessions: a random id in a signed, HttpOnly, SameSite=Lax cookie (Secure with `__Host-` over HTTPS); what
 * it stands for is kept on the server for SESSION_TTL_S. A cookie whose signature fails, or whose session has
 * ended, counts as none: the browser signs in again.
 */
import { randomBytes } from 'node:crypto'
import type {} from '@fastify/cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { CookieNaming } from './cookie-names.js'
import type { RecordStore } from './session-store.js'

export interface SessionRecord {
  user: string
}

export type SessionLookup =
  | { state: 'none' }
  /** A cookie that is tampered with or whose session has ended. */
  | { state: 'stale' }
  | { state: 'open'; id: string; record: SessionRecord }

export interface Sessions {
  naming: CookieNaming
  read(request: FastifyRequest): Promise<SessionLookup>
  open(reply: FastifyReply, record: SessionRecord): Promise<void>
  /** Ends the request's session, if any, and clears its cookie; the record it had. */
  close(request: FastifyRequest, reply: FastifyReply): Promise<SessionRecord | null>
  clearCookie(reply: FastifyReply, name: string): void
  /** A signed cookie's value, or null when it is absent or its signature fails. */
  signedCookie(request: FastifyRequest, name: string): string | null
  setSignedCookie(reply: FastifyReply, name: string, value: string, maxAgeS: number): void
}

const SESSION = 'session'

export function createSessions(store: RecordStore, naming: CookieNaming, ttlS: number): Sessions {
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: naming.secure }
  const signedCookie = (request: FastifyRequest, name: string) => {
    const raw = request.cookies[name]
    if (raw === undefined) return null
    const unsigned = request.unsignCookie(raw)
    return unsigned.valid && unsigned.value ? unsigned.value : null
  }
  const clearCookie = (reply: FastifyReply, name: string) => {
    reply.clearCookie(name, options)
  }
  return {
    naming,
    signedCookie,
    clearCookie,
    setSignedCookie(reply, name, value, maxAgeS) {
      reply.setCookie(name, value, { ...options, signed: true, maxAge: maxAgeS })
    },
    async read(request) {
      if (request.cookies[naming.session] === undefined) return { state: 'none' }
      const id = signedCookie(request, naming.session)
      const record = id === null ? null : await store.get<SessionRecord>(SESSION, id)
      return id !== null && record ? { state: 'open', id, record } : { state: 'stale' }
    },
    async open(reply, record) {
      const id = randomBytes(32).toString('base64url')
      await store.set(SESSION, id, record, ttlS * 1000)
      reply.setCookie(naming.session, id, { ...options, signed: true, maxAge: ttlS })
    },
    async close(request, reply) {
      const id = signedCookie(request, naming.session)
      const record = id === null ? null : await store.get<SessionRecord>(SESSION, id)
      if (id !== null) await store.delete(SESSION, id)
      clearCookie(reply, naming.session)
      return record
    },
  }
}

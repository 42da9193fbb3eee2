/** Security headers on every answer, and HTTP Basic on everything when BASIC_AUTH is set. */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import fastifyBasicAuth from '@fastify/basic-auth'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'
import type { Services } from '../services.js'
import { HttpError } from './errors.js'

const helmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // React and Radix set style attributes; inline scripts stay forbidden.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      // The first screen's search, page number and region are GET forms to the page itself (work without script).
      formAction: ["'self'"],
    },
  },
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'no-referrer' as const },
  // Sent below, and only over HTTPS: over plain HTTP a browser ignores it (RFC 6797 §8.1), and it must not
  // claim HTTPS for a proxy that is reached without it.
  strictTransportSecurity: false,
}

/** helmet's default policy: a year, subdomains included. */
const HSTS = 'max-age=31536000; includeSubDomains'

type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void

/**
 * The headers a middleware sets, found by running it once against a recorder. helmet's are the same for every
 * request with these options (no nonces), so they are worked out at start and only copied per answer:
 * running helmet per request was most of the CPU its headers cost (bench, docs/BENCHMARKS.md).
 */
export function headersSetBy(middleware: Middleware): readonly (readonly [string, string])[] {
  const headers = new Map<string, string>()
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  }
  let finished = false
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    if (error) throw error
    finished = true
  })
  if (!finished) throw new Error('the security headers middleware did not finish at once')
  return [...headers]
}

const SECURITY_HEADERS = headersSetBy(helmet(helmetOptions))

/** Compares digests, so neither the length nor the first differing byte shows in the timing. */
function sameText(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()
  return timingSafeEqual(digest(a), digest(b))
}

export async function registerSecurity(app: FastifyInstance, { config }: Services): Promise<void> {
  app.addHook('onRequest', (request, reply, done) => {
    const response = reply.raw
    for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value)
    // request.protocol is "https" for a TLS connection, or through a proxy Fastify's trustProxy trusts.
    if (request.protocol === 'https') response.setHeader('strict-transport-security', HSTS)
    done()
  })
  const basicAuth = config.basicAuth
  if (!basicAuth) return
  await app.register(fastifyBasicAuth, {
    authenticate: { realm: 'CVM Image Browser' },
    validate: async (user, password, request) => {
      const userOk = sameText(user, basicAuth.user)
      const passwordOk = sameText(password, basicAuth.password.reveal())
      if (!userOk || !passwordOk)
        throw new HttpError(401, 'AuthFailure.Unauthorized', 'Wrong user or password.')
      request.user = basicAuth.user
    },
  })
  app.addHook('onRequest', app.basicAuth)
}

/**
 * An app with AUTH=oidc listening on a free loopback port, its own test OpenID provider, a scriptable
 * upstream, an AUDIT_LOG file and every log line captured: what the sign-in tests drive over real HTTP.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { AppDeps } from '../app.js'
import { liveConfig, makeStaticRoot, scratchDir, startTestApp } from './harness.js'
import { oidcSettings, startTestIdp, type TestIdp } from './oidc-provider.js'
import { freePort } from './redis-server.js'
import { startTestUpstream, type TestUpstream } from './test-upstream.js'

export const SESSION_SECRET = 'session-secret-5d0c93a1-must-never-leak-anywhere'

export interface OidcApp {
  url: string
  idp: TestIdp
  upstream: TestUpstream
  app: FastifyInstance
  logs: string[]
  auditFile: string
  auditLines(): Array<Record<string, unknown>>
  close(): Promise<void>
}

export interface OidcAppOptions {
  env?: Record<string, string>
  deps?: AppDeps
  groupsOf?: (login: string) => string[]
  /** Another app's provider and port: a second replica behind the same address. */
  share?: { idp: TestIdp; port: number }
}

export async function startOidcApp(options: OidcAppOptions = {}): Promise<OidcApp> {
  const port = options.share?.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const idp = options.share?.idp ?? (await startTestIdp({ appUrl: url, groupsOf: options.groupsOf }))
  const upstream = await startTestUpstream()
  const auditFile = path.join(scratchDir('audit-'), 'audit.log')
  const config = liveConfig(upstream.endpoint, {
    ...oidcSettings(idp, url),
    SESSION_SECRET,
    AUDIT_LOG: auditFile,
    ...options.env,
  })
  const { app, logs } = await startTestApp({ ...config, staticRoot: makeStaticRoot() }, options.deps)
  if (!options.share) await app.listen({ port, host: '127.0.0.1' })
  return {
    url,
    idp,
    upstream,
    app,
    logs,
    auditFile,
    auditLines: () =>
      readFileSync(auditFile, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await app.close()
      await upstream.close()
      if (!options.share) await idp.close()
    },
  }
}

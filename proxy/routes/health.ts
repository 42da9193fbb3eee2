/** Liveness and readiness; neither ever makes a signed call or shows a secret. */
import type { FastifyInstance } from 'fastify'
import type { CredentialProvider, CredentialStatus } from '../credentials/provider.js'
import type { Services } from '../services.js'

/** A clock before this is certainly wrong, and Tencent refuses signatures more than 5 minutes off. */
const CLOCK_FLOOR_MS = Date.UTC(2025, 0, 1)

export interface ReadinessChecks {
  configuration: boolean
  credentials: boolean
  clock: boolean
}

export function checkReadiness(credentials: CredentialStatus | null, now: number): ReadinessChecks {
  return {
    configuration: true,
    credentials: credentials?.usable ?? false,
    clock: Number.isFinite(now) && now >= CLOCK_FLOOR_MS,
  }
}

/** Where the keys come from and how fresh they are, for /readyz and /api/info; never a key or a token. */
export function credentialsReport(provider: CredentialProvider | null) {
  if (!provider) return null
  const { usable: _usable, ...report } = provider.status()
  return report
}

export async function registerHealth(
  app: FastifyInstance,
  { config, credentials, now }: Services,
): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }))
  app.get('/readyz', async (_request, reply) => {
    const checks = checkReadiness(credentials?.status() ?? null, now())
    const ready = Object.values(checks).every(Boolean)
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not ready',
      mode: config.mode,
      checks,
      credentials: credentialsReport(credentials),
    })
  })
}

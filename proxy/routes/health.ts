/** Liveness and readiness; neither ever makes a signed call or shows a secret. */
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config/config.js'
import type { Services } from '../services.js'

/** A clock before this is certainly wrong, and Tencent refuses signatures more than 5 minutes off. */
const CLOCK_FLOOR_MS = Date.UTC(2025, 0, 1)

export interface ReadinessChecks {
  configuration: boolean
  credentials: boolean
  clock: boolean
}

export function checkReadiness(config: Config, now: number): ReadinessChecks {
  const credentials = config.credentials
  return {
    configuration: true,
    credentials: credentials !== null && credentials.secretId !== '' && credentials.secretKey.reveal() !== '',
    clock: Number.isFinite(now) && now >= CLOCK_FLOOR_MS,
  }
}

export async function registerHealth(app: FastifyInstance, { config, now, shared }: Services): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }))
  app.get('/readyz', async (_request, reply) => {
    const checks = checkReadiness(config, now())
    const ready = Object.values(checks).every(Boolean)
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not ready',
      mode: config.mode,
      checks,
      // Informational: with Redis down each replica works alone, and is still ready.
      ...(shared ? { redis: shared.link.up ? 'up' : 'down' } : {}),
    })
  })
}

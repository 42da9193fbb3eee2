/**
 * Opened for test suites only, with the fault controls: `GET /__emulator/identity/keys` lists every temporary
 * key issued, secrets included, so a leak scan in another process can search for them.
 */
import type { FastifyInstance } from 'fastify'
import type { IdentityContext } from './identity.js'

export function registerIdentityTestRoutes(app: FastifyInstance, identity: IdentityContext): void {
  app.get('/__emulator/identity/keys', async () => identity.keys.issued())
}

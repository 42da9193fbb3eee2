/** The fault control routes, opened for test suites only: `POST` sets latency and faults, `DELETE` clears them. */
import type { FastifyInstance } from 'fastify'
import { applyFaultCommand, type FaultState, parseFaultCommand } from './faults.js'

export function registerFaultRoutes(app: FastifyInstance, faults: FaultState): void {
  app.post('/__emulator/faults', async (request, reply) => {
    const command = parseFaultCommand(request.body)
    if (!command) return reply.code(400).send({ error: 'expected { latencyMs?, next?: { count, fault } }' })
    applyFaultCommand(faults, command)
    return reply.code(204).send()
  })
  app.delete('/__emulator/faults', async (_request, reply) => {
    faults.reset()
    return reply.code(204).send()
  })
}

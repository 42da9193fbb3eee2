/**
 * The test control routes, opened for test suites only: `POST /__emulator/faults` sets latency and faults,
 * `DELETE` clears them; `GET /__emulator/calls` gives the DescribeImages calls received per second and each action's verified calls.
 */
import type { FastifyInstance } from 'fastify'
import type { Quota } from '../quota.js'
import { applyFaultCommand, type FaultState, parseFaultCommand } from './faults.js'

export function registerFaultRoutes(app: FastifyInstance, faults: FaultState, quota: Quota): void {
  app.get('/__emulator/calls', async () => ({ seconds: quota.seconds(), actions: quota.actions() }))
  app.delete('/__emulator/calls', async (_request, reply) => {
    quota.reset()
    return reply.code(204).send()
  })
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

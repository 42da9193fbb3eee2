/**
 * How both endpoints answer: HTTP 200 with Tencent's envelope for every outcome, like the real ones, after
 * the test-only latency and faults.
 */
import { randomUUID } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { errorEnvelope } from '../../core/describe-images.js'
import type { Instance } from '../../core/describe-instances.js'
import type { RequestError } from '../../core/request/refusal.js'
import type { Catalog } from '../catalog/catalog.js'
import type { EmulatorCredentials } from '../config.js'
import type { Fault, FaultState } from '../faults/faults.js'
import type { Holds } from '../faults/holds.js'
import type { KeyRing } from '../identity/key-ring.js'
import type { Quota } from '../quota.js'

export interface ApiContext {
  credentials: EmulatorCredentials
  /** Temporary keys from the metadata service and STS, accepted until they expire. */
  keys: KeyRing
  catalogs: (region: string) => Catalog
  /** The region's demo fleet (DescribeInstances). */
  fleets: (region: string) => readonly Instance[]
  /** EMULATOR_DENY: the actions the caller's CAM policy leaves out, answered with the permission error. */
  deny: ReadonlySet<string>
  faults: FaultState
  holds: Holds
  quota: Quota
  now: () => number
}

const JSON_TYPE = 'application/json; charset=utf-8'

export function sendError(reply: FastifyReply, error: RequestError): FastifyReply {
  return reply
    .code(200)
    .type(JSON_TYPE)
    .send(errorEnvelope(error.code, error.message, randomUUID()))
}

/** A successful answer: the action's fields, then a fresh RequestId. */
export function sendResponse(reply: FastifyReply, fields: Record<string, unknown>) {
  return reply
    .code(200)
    .type(JSON_TYPE)
    .send({ Response: { ...fields, RequestId: randomUUID() } })
}

export function sendImages(reply: FastifyReply, result: { ImageSet: unknown[]; TotalCount: number }) {
  const { ImageSet, TotalCount } = result
  return sendResponse(reply, { ImageSet, TotalCount })
}

async function sendFault(reply: FastifyReply, fault: Fault, holds: Holds): Promise<unknown> {
  switch (fault.kind) {
    case 'error':
      return sendError(reply, { code: fault.code, message: fault.message ?? `Injected fault ${fault.code}.` })
    case 'http500':
      return reply
        .code(500)
        .type('text/html')
        .send('<html><body><h1>500 Internal Server Error</h1></body></html>')
    case 'badJson':
      return reply.code(200).type(JSON_TYPE).send('{"Response":{"ImageSet":[{"ImageId":"img-')
    case 'drop':
      reply.hijack()
      return reply.raw.destroy()
    case 'hang':
      reply.hijack()
      await holds.hold(reply.raw)
      return reply.raw.destroy()
  }
}

/**
 * The test-only latency alone, for the read actions beside DescribeImages (the faults aim at DescribeImages):
 * true when the answer may go on, false when the server is closing and the connection was dropped.
 */
export async function afterLatency(context: ApiContext, reply: FastifyReply): Promise<boolean> {
  if (context.faults.latencyMs > 0) await context.holds.hold(reply.raw, context.faults.latencyMs)
  if (!context.holds.closing && !reply.raw.destroyed) return true
  reply.hijack()
  reply.raw.destroy()
  return false
}

/** Wraps an endpoint's answer in the test-only latency and faults, which apply before anything is read. */
export function withFaults(
  context: ApiContext,
  answer: (request: FastifyRequest, reply: FastifyReply) => unknown,
): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> {
  return async (request, reply) => {
    context.quota.received()
    const fault = context.faults.take()
    if (context.faults.latencyMs > 0) await context.holds.hold(reply.raw, context.faults.latencyMs)
    if (context.holds.closing || reply.raw.destroyed) {
      reply.hijack()
      return reply.raw.destroy()
    }
    if (fault) return sendFault(reply, fault, context.holds)
    return answer(request, reply)
  }
}

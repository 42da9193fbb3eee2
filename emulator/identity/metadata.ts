/**
 * The CVM instance metadata service's CAM role paths (https://cloud.tencent.com/document/product/213/47668):
 * `GET …/security-credentials/` names the instance's one role as plain text, `GET …/security-credentials/<role>`
 * gives fresh temporary keys for it.
 */
import type { FastifyInstance, FastifyReply } from 'fastify'
import { type IdentityContext, sendKeys } from './identity.js'

export const METADATA_CREDENTIALS_PATH = '/latest/meta-data/cam/security-credentials/'
/** The role the emulated instance carries. */
export const EMULATOR_CVM_ROLE = 'cvm-image-browser-role'

function dropWhenDown(context: IdentityContext, reply: FastifyReply): boolean {
  if (!context.metadataDown) return false
  reply.hijack()
  reply.raw.destroy()
  return true
}

export function registerMetadata(app: FastifyInstance, context: IdentityContext): void {
  app.get(METADATA_CREDENTIALS_PATH, async (_request, reply) => {
    if (dropWhenDown(context, reply)) return reply
    return reply.type('text/plain').send(EMULATOR_CVM_ROLE)
  })
  app.get<{ Params: { role: string } }>(`${METADATA_CREDENTIALS_PATH}:role`, async (request, reply) => {
    if (dropWhenDown(context, reply)) return reply
    if (request.params.role !== EMULATOR_CVM_ROLE) return reply.code(404).type('text/plain').send('Not Found')
    return sendKeys(reply, context.keys.issue('cvm-role', EMULATOR_CVM_ROLE, context.ttlSeconds), 'metadata')
  })
}

/**
 * DescribeInstances, DescribeImageSharePermission and DescribeImageQuota on both endpoints, as the documents
 * say (https://cloud.tencent.com/document/api/213/15728, 213/15712, 213/15719; legacy 213/9388, 213/9419).
 * The request rules are core's, as the proxy's are. EMULATOR_DENY makes a named action answer the permission
 * error a role without it meets.
 */
import { randomUUID } from 'node:crypto'
import type { FastifyReply } from 'fastify'
import { DESCRIBE_IMAGE_QUOTA, parseImageQuotaBody } from '../../core/image-quota.js'
import {
  DESCRIBE_IMAGE_SHARE_PERMISSION,
  parseImageSharePermissionBody,
  parseImageSharePermissionParams,
} from '../../core/image-share-permission.js'
import { READ_ACTIONS } from '../../core/read-actions.js'
import { parseDescribeInstancesBody, parseDescribeInstancesParams } from '../../core/request/instances.js'
import type { ParamList } from '../../core/request/params.js'
import type { RequestError } from '../../core/request/refusal.js'
import type { V3Call } from '../../core/request/v3-body.js'
import { COMMON_PARAMETERS } from '../auth/v1.js'
import { servesRegion } from '../catalog/regions.js'
import { queryFleet } from '../fleet/query.js'
import { describeSharePermission, IMAGE_NUM_QUOTA } from '../fleet/sharing.js'
import { type ApiContext, sendError, sendResponse } from './reply.js'

/** The actions this module answers, by endpoint: the legacy one has no DescribeImageQuota. */
export const LEGACY_READS: ReadonlySet<string> = new Set([
  'DescribeInstances',
  DESCRIBE_IMAGE_SHARE_PERMISSION,
])
export const V3_READS: ReadonlySet<string> = new Set([...LEGACY_READS, DESCRIBE_IMAGE_QUOTA])

type ReadContext = ApiContext

/** The permission error of each API for an action the caller's policy does not grant. */
export function denied(action: string, family: 'legacy' | 'v3', region: string): RequestError | null {
  if (!Object.hasOwn(READ_ACTIONS, action)) return null
  const cam = READ_ACTIONS[action as keyof typeof READ_ACTIONS].camAction
  const message =
    `you are not authorized to perform operation (${cam})\n` +
    `resource (qcs::cvm:${region}:uin/100023456789:*) has no permission`
  // The legacy endpoint's bare AuthFailure is a sub-account the main account has not authorised (core/errors.ts).
  return { code: family === 'v3' ? 'AuthFailure.UnauthorizedOperation' : 'AuthFailure', message }
}

const legacyOptions = {
  requireActionAndVersion: true,
  extraParameters: COMMON_PARAMETERS,
  isKnownRegion: servesRegion,
} as const
const v3Options = { requireActionAndVersion: true, isKnownRegion: servesRegion } as const

/** A legacy answer; DescribeImageSharePermission's example writes `Account` and `RequestID`. */
function sendLegacyShares(reply: FastifyReply, shares: { AccountId: string; CreatedTime: string }[]) {
  const SharePermissionSet = shares.map((share) => ({
    CreatedTime: share.CreatedTime,
    Account: share.AccountId,
  }))
  return reply
    .code(200)
    .type('application/json; charset=utf-8')
    .send({ Response: { SharePermissionSet, RequestID: randomUUID() } })
}

function answerShares(
  reply: FastifyReply,
  context: ReadContext,
  region: string,
  imageId: string,
  legacy: boolean,
) {
  const answer = describeSharePermission(context.catalogs(region), imageId)
  if ('code' in answer) return sendError(reply, answer)
  if (legacy) return sendLegacyShares(reply, answer.SharePermissionSet)
  return sendResponse(reply, answer)
}

/** The legacy endpoint's read actions, once the caller is authenticated. */
export function answerLegacyRead(
  reply: FastifyReply,
  context: ReadContext,
  action: string,
  params: ParamList,
) {
  const refusal = isDenied(context, action)
    ? denied(action, 'legacy', new Map(params).get('Region') ?? '')
    : null
  if (refusal) return sendError(reply, refusal)
  if (action === DESCRIBE_IMAGE_SHARE_PERMISSION) {
    const parsed = parseImageSharePermissionParams(params, legacyOptions)
    if (!parsed.ok) return sendError(reply, parsed.error)
    return answerShares(reply, context, parsed.request.region, parsed.request.imageId, true)
  }
  const parsed = parseDescribeInstancesParams(params, { ...legacyOptions, family: 'legacy' })
  if (!parsed.ok) return sendError(reply, parsed.error)
  return sendResponse(reply, queryFleet(context.fleets(parsed.request.region), parsed.request))
}

/** The 3.0 endpoint's read actions, once the caller is authenticated. */
export function answerV3Read(reply: FastifyReply, context: ReadContext, call: V3Call & { action: string }) {
  const refusal = isDenied(context, call.action) ? denied(call.action, 'v3', call.region ?? '') : null
  if (refusal) return sendError(reply, refusal)
  if (call.action === DESCRIBE_IMAGE_QUOTA) {
    const parsed = parseImageQuotaBody(call, v3Options)
    if (!parsed.ok) return sendError(reply, parsed.error)
    return sendResponse(reply, { ImageNumQuota: IMAGE_NUM_QUOTA })
  }
  if (call.action === DESCRIBE_IMAGE_SHARE_PERMISSION) {
    const parsed = parseImageSharePermissionBody(call, v3Options)
    if (!parsed.ok) return sendError(reply, parsed.error)
    return answerShares(reply, context, parsed.request.region, parsed.request.imageId, false)
  }
  const parsed = parseDescribeInstancesBody(call, v3Options)
  if (!parsed.ok) return sendError(reply, parsed.error)
  return sendResponse(reply, queryFleet(context.fleets(parsed.request.region), parsed.request))
}

/** Whether EMULATOR_DENY covers DescribeImages itself (legacy and 3.0 DescribeImages answer it too). */
export const denyImages = (context: ReadContext, family: 'legacy' | 'v3', region: string) =>
  isDenied(context, 'DescribeImages') ? denied('DescribeImages', family, region) : null

/** EMULATOR_DENY's actions, and those a test denied through the fault controls. */
export const isDenied = (context: ReadContext, action: string) =>
  context.deny.has(action) || context.faults.denies(action)

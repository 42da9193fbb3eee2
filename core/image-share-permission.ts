/**
 * DescribeImageSharePermission (https://cloud.tencent.com/document/api/213/15712; legacy form 213/9419): the
 * accounts a custom image is shared with. The legacy endpoint names an item's account `Account` and writes
 * `RequestID`; normalizeLegacyShareAnswer gives the browser the 3.0 names in both modes.
 */

import { readEnvelope } from './envelope.js'
import type { ApiFamily } from './errors.js'
import { isRecord } from './json.js'
import type { ParamList, ParseOptions } from './request/params.js'
import { missing, quote, type RequestError, refuse, settle } from './request/refusal.js'
import { checkActionAndVersion, checkImageId, parseRegion, unknownActionCodeOf } from './request/rules.js'
import { readScalars } from './request/scalars.js'
import { checkKeys, readJson, type V3Call } from './request/v3-body.js'

export const DESCRIBE_IMAGE_SHARE_PERMISSION = 'DescribeImageSharePermission'

export interface SharePermission {
  /** The account UIN the image is shared with. */
  AccountId: string
  /** `YYYY-MM-DDThh:mm:ssZ` */
  CreatedTime: string
}

export interface ImageSharePermissionRequest {
  region: string
  imageId: string
}

export type ParseShareResult =
  | { ok: true; request: ImageSharePermissionRequest }
  | { ok: false; error: RequestError }

function validate(
  scalars: Map<string, string>,
  options: ParseOptions,
  family: ApiFamily,
): ImageSharePermissionRequest {
  checkActionAndVersion(scalars, {
    requireActionAndVersion: options.requireActionAndVersion,
    unknownActionCode: unknownActionCodeOf(family),
    action: DESCRIBE_IMAGE_SHARE_PERMISSION,
  })
  const region = parseRegion(scalars.get('Region'), options)
  const imageId = scalars.get('ImageId') ?? missing('ImageId')
  checkImageId(imageId, 'The parameter "ImageId"')
  return { region, imageId }
}

/** The parameter form: the legacy endpoint's (the default), or the proxy's query in either `family`. */
export function parseImageSharePermissionParams(
  params: ParamList,
  options: ParseOptions & { family?: ApiFamily },
): ParseShareResult {
  const scalars = () => readScalars(params, ['ImageId'], options.extraParameters)
  return settle(() => validate(scalars(), options, options.family ?? 'legacy'))
}

export function parseImageSharePermissionBody(call: V3Call, options: ParseOptions): ParseShareResult {
  return settle(() => {
    const body = readJson(call.body)
    checkKeys(body, new Set(['ImageId']), '')
    if (body.ImageId != null && typeof body.ImageId !== 'string')
      refuse(
        'InvalidParameter',
        `The parameter "ImageId" must be a string, not ${quote(String(body.ImageId))}.`,
      )
    const given = { Action: call.action, Version: call.version, Region: call.region, ImageId: body.ImageId }
    const scalars = new Map<string, string>()
    for (const [name, value] of Object.entries(given)) if (typeof value === 'string') scalars.set(name, value)
    return validate(scalars, options, 'v3')
  })
}

export const formatImageSharePermissionParams = (
  request: ImageSharePermissionRequest,
): [string, string][] => [
  ['Region', request.region],
  ['ImageId', request.imageId],
]

/**
 * A legacy success with the 3.0 names: `Account` → `AccountId`, `RequestID` → `RequestId`. Anything else (an
 * error, a body that is not JSON) is returned as it came.
 */
export function normalizeLegacyShareAnswer(text: string): string {
  const envelope = readEnvelope(text)
  if (!envelope.ok) return text
  const { response } = envelope
  if (!Array.isArray(response.SharePermissionSet)) return text
  const SharePermissionSet = response.SharePermissionSet.map((item) => {
    if (!isRecord(item) || item.AccountId !== undefined) return item
    const { Account, ...rest } = item
    return { AccountId: Account, ...rest }
  })
  const { RequestID: _legacyId, ...fields } = response
  return JSON.stringify({
    Response: { ...fields, SharePermissionSet, RequestId: envelope.requestId ?? '' },
  })
}

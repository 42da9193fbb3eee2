/**
 * DescribeImageQuota (https://cloud.tencent.com/document/api/213/15719): how many custom images the account may
 * hold in a region, `{"Response":{"ImageNumQuota":500,"RequestId":…}}`. API 3.0 only: it has no legacy form.
 */
import type { ParamList, ParseOptions } from './request/params.js'
import { type RequestError, refuse, settle } from './request/refusal.js'
import { checkActionAndVersion, parseRegion } from './request/rules.js'
import { readScalars } from './request/scalars.js'
import { readJson, type V3Call } from './request/v3-body.js'

export const DESCRIBE_IMAGE_QUOTA = 'DescribeImageQuota'

export interface ImageQuotaRequest {
  region: string
}

export type ParseQuotaResult = { ok: true; request: ImageQuotaRequest } | { ok: false; error: RequestError }

function validate(scalars: Map<string, string>, options: ParseOptions): ImageQuotaRequest {
  checkActionAndVersion(scalars, {
    requireActionAndVersion: options.requireActionAndVersion,
    unknownActionCode: 'InvalidAction',
    action: DESCRIBE_IMAGE_QUOTA,
  })
  return { region: parseRegion(scalars.get('Region'), options) }
}

export function parseImageQuotaParams(params: ParamList, options: ParseOptions): ParseQuotaResult {
  return settle(() => validate(readScalars(params, [], options.extraParameters), options))
}

export function parseImageQuotaBody(call: V3Call, options: ParseOptions): ParseQuotaResult {
  return settle(() => {
    if (Object.keys(readJson(call.body)).length > 0)
      refuse('UnknownParameter', `${DESCRIBE_IMAGE_QUOTA} takes no parameters.`)
    const scalars = new Map<string, string>()
    const given = { Action: call.action, Version: call.version, Region: call.region }
    for (const [name, value] of Object.entries(given)) if (value !== undefined) scalars.set(name, value)
    return validate(scalars, options)
  })
}

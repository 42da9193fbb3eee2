/**
 * The read-only actions the proxy calls, in one table: each one's documented rate limit, the CAM permission a
 * caller needs, and which legacy endpoint serves it (tencent-api §11, §13; cloud.tencent.com/document/api/213/15728,
 * 213/15712, 213/15719, 213/15715). Anything not in this table, every write action and every method but GET and
 * HEAD is refused before any upstream call.
 */
import type { ApiFamily } from './errors.js'
import type { RequestError } from './request/refusal.js'

/** The legacy host an action lives on: image.api.qcloud.com or cvm.api.qcloud.com (both `/v2/index.php`). */
export type LegacyEndpoint = 'image' | 'instance'

export interface ReadAction {
  /** Tencent's documented limit: calls per second, counted per endpoint and caller. */
  ratePerSecond: number
  /** The CAM permission the proxy's keys need. */
  camAction: string
  /** The legacy endpoint that serves it; null for an API 3.0 action with no legacy form. */
  legacy: LegacyEndpoint | null
  /**
   * Served by the proxy's generic route `/api/<Action>`; false for the two with routes of their own
   * (DescribeImages, with its page render; DescribeRegions at /api/regions).
   */
  generic: boolean
}

export const READ_ACTIONS = {
  DescribeImages: { ratePerSecond: 40, camAction: 'cvm:DescribeImages', legacy: 'image', generic: false },
  DescribeRegions: { ratePerSecond: 20, camAction: 'cvm:DescribeRegions', legacy: null, generic: false },
  DescribeInstances: {
    ratePerSecond: 40,
    camAction: 'cvm:DescribeInstances',
    legacy: 'instance',
    generic: true,
  },
  DescribeImageSharePermission: {
    ratePerSecond: 10,
    camAction: 'cvm:DescribeImageSharePermission',
    legacy: 'image',
    generic: true,
  },
  DescribeImageQuota: {
    ratePerSecond: 10,
    camAction: 'cvm:DescribeImageQuota',
    legacy: null,
    generic: true,
  },
} as const satisfies Record<string, ReadAction>

export type ReadActionName = keyof typeof READ_ACTIONS
export type GenericActionName = {
  [N in ReadActionName]: (typeof READ_ACTIONS)[N]['generic'] extends true ? N : never
}[ReadActionName]

export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD'])

export function isReadActionName(name: string): name is ReadActionName {
  return Object.hasOwn(READ_ACTIONS, name)
}

/** A refusal the proxy answers itself, with the HTTP status it answers it with. */
export type ReadCallRefusal = RequestError & { status: number }

export type ReadCallDecision =
  | { ok: true; action: GenericActionName }
  | { ok: false; refusal: ReadCallRefusal }

const refusal = (status: number, code: string, message: string) => ({
  ok: false as const,
  refusal: { status, code, message },
})

/** An action's name as Tencent writes them: `DescribeInstances`; anything else is no action at all. */
export const ACTION_NAME = /^[A-Z][A-Za-z0-9]{0,63}$/

/**
 * Whether `/api/<name>` with `method` may reach the upstream in this API mode: the action, or why not.
 * Only the table's actions pass; a name that is not a Describe call changes something and is never forwarded.
 */
export function admitReadCall(method: string, name: string, family: ApiFamily): ReadCallDecision {
  if (!READ_METHODS.has(method)) {
    return refusal(405, 'UnsupportedOperation', `The method ${method} is not allowed; the API is read-only.`)
  }
  const shown = JSON.stringify(name.slice(0, 64))
  if (!isReadActionName(name)) {
    return name.startsWith('Describe')
      ? refusal(400, 'InvalidAction', `The action ${shown} is not one this proxy forwards.`)
      : refusal(
          400,
          'UnsupportedOperation.ReadOnly',
          `The action ${shown} is not a read-only one; this proxy never forwards it.`,
        )
  }
  const action: ReadAction = READ_ACTIONS[name]
  if (!action.generic) {
    const where = name === 'DescribeRegions' ? '/api/regions' : `/api/${name} only`
    return refusal(400, 'InvalidAction', `The action ${shown} is served at ${where}.`)
  }
  if (family === 'legacy' && action.legacy === null) {
    return refusal(
      400,
      'UnsupportedOperation.LegacyApi',
      `${name} is an API 3.0 action with no legacy form; the proxy runs the legacy API (TENCENTCLOUD_API=v3 enables it).`,
    )
  }
  return { ok: true, action: name as GenericActionName }
}

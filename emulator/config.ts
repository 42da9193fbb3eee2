/**
 * The emulator's settings, read from the environment in this one place, whether it runs alone
 * (`npm run emulator`) or inside the proxy's demo mode. Empty and blank values count as unset.
 */

import { isReadActionName, READ_ACTIONS } from '../core/read-actions.js'
import { DEFAULT_CUSTOM_IMAGES, MAX_CUSTOM_IMAGES } from './catalog/catalog.js'
import { DEFAULT_INSTANCES, MAX_INSTANCES } from './fleet/fleet.js'
import { DEFAULT_MAX_RPS } from './quota.js'

/** The demo pair `npm start` uses with no credentials; public on purpose (README), worthless anywhere else. */
export const DEMO_SECRET_ID = 'AKIDEmulatorDemo00000000000000000000'
export const DEMO_SECRET_KEY = 'EmulatorDemoSecretKey00000000000'

export type EmulatorEnv = Readonly<Record<string, string | undefined>>

export interface EmulatorCredentials {
  secretId: string
  secretKey: string
  /** When set, every call must carry it (`Token`, or `X-TC-Token` in 3.0). */
  sessionToken?: string
}

export interface EmulatorConfig {
  /** EMULATOR_PORT; 0 picks a free port. */
  port: number
  /** EMULATOR_SECRET_ID and EMULATOR_SECRET_KEY (both or neither), else the demo pair; EMULATOR_SESSION_TOKEN. */
  credentials: EmulatorCredentials
  /** EMULATOR_IMAGES: PRIVATE_IMAGE images per region. */
  customImages: number
  /** EMULATOR_INSTANCES: instances per region in the demo fleet (DescribeInstances). */
  instances: number
  /** EMULATOR_DENY: read actions answered with the permission error, e.g. `DescribeInstances,DescribeImageQuota`. */
  deny: string[]
  /** EMULATOR_TEST_FAULTS=1 opens the fault control routes; for test suites only. */
  faults: boolean
  /** EMULATOR_MAX_RPS: DescribeImages calls per second and SecretId, Tencent's 40 by default; 0 = no quota. */
  maxRps: number
  /** EMULATOR_CREDENTIAL_TTL_S: how long the temporary keys of the metadata service and STS live. */
  credentialTtlSeconds: number
  /** EMULATOR_WEB_IDENTITY_TOKEN_FILE: the OIDC token AssumeRoleWithWebIdentity accepts, read at each call. */
  webIdentityTokenFile?: string
  /**
   * EMULATOR_NOW (an ISO instant, ms): the instant the catalog's dates count back from, for reproducible tests
   * and screenshots; absent, the emulator's start.
   */
  catalogNow?: number
}

export const DEFAULT_CREDENTIAL_TTL_S = 3600
/** STS's longest session (https://www.tencentcloud.com/document/api/1150/49456). */
export const MAX_CREDENTIAL_TTL_S = 43_200

export class EmulatorConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`)
  }
}

function read(env: EmulatorEnv, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

function readCount(env: EmulatorEnv, name: string, fallback: number, max: number, min = 0): number {
  const text = read(env, name)
  if (text === undefined) return fallback
  if (!/^\d+$/.test(text) || Number(text) > max || Number(text) < min) {
    throw new EmulatorConfigError(name, `expected a whole number from ${min} to ${max}, got "${text}"`)
  }
  return Number(text)
}

/** Both variables or neither: one alone is an error naming the missing one, never a silent demo key. */
function readCredentials(env: EmulatorEnv): EmulatorCredentials {
  const [idName, keyName] = ['EMULATOR_SECRET_ID', 'EMULATOR_SECRET_KEY']
  const secretId = read(env, idName)
  const secretKey = read(env, keyName)
  if (secretId === undefined && secretKey !== undefined) {
    throw new EmulatorConfigError(idName, `missing while ${keyName} is set`)
  }
  if (secretKey === undefined && secretId !== undefined) {
    throw new EmulatorConfigError(keyName, `missing while ${idName} is set`)
  }
  const sessionToken = read(env, 'EMULATOR_SESSION_TOKEN')
  return {
    secretId: secretId ?? DEMO_SECRET_ID,
    secretKey: secretKey ?? DEMO_SECRET_KEY,
    ...(sessionToken === undefined ? {} : { sessionToken }),
  }
}

function readFaults(env: EmulatorEnv): boolean {
  const text = read(env, 'EMULATOR_TEST_FAULTS')
  if (text === undefined || text === '0') return false
  if (text === '1') return true
  throw new EmulatorConfigError('EMULATOR_TEST_FAULTS', `expected 1 or 0, got "${text}"`)
}

/** A comma-separated list of the read actions (core/read-actions.ts); an unknown name is an error, not ignored. */
function readDeny(env: EmulatorEnv): string[] {
  const names = (read(env, 'EMULATOR_DENY') ?? '').split(',').map((name) => name.trim())
  const given = names.filter((name) => name !== '')
  const unknown = given.find((name) => !isReadActionName(name))
  if (unknown !== undefined) {
    const known = Object.keys(READ_ACTIONS).join(', ')
    throw new EmulatorConfigError('EMULATOR_DENY', `"${unknown}" is not one of ${known}`)
  }
  return [...new Set(given)]
}

/** Parses the whole configuration; throws EmulatorConfigError naming the first bad variable. */
export function loadEmulatorConfig(env: EmulatorEnv, defaults: { port: number }): EmulatorConfig {
  return {
    port: readCount(env, 'EMULATOR_PORT', defaults.port, 65_535),
    credentials: readCredentials(env),
    customImages: readCount(env, 'EMULATOR_IMAGES', DEFAULT_CUSTOM_IMAGES, MAX_CUSTOM_IMAGES),
    instances: readCount(env, 'EMULATOR_INSTANCES', DEFAULT_INSTANCES, MAX_INSTANCES),
    deny: readDeny(env),
    faults: readFaults(env),
    maxRps: readCount(env, 'EMULATOR_MAX_RPS', DEFAULT_MAX_RPS, 100_000),
    credentialTtlSeconds: readCount(
      env,
      'EMULATOR_CREDENTIAL_TTL_S',
      DEFAULT_CREDENTIAL_TTL_S,
      MAX_CREDENTIAL_TTL_S,
      1,
    ),
    ...tokenFile(read(env, 'EMULATOR_WEB_IDENTITY_TOKEN_FILE')),
    ...catalogNow(read(env, 'EMULATOR_NOW')),
  }
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** A full ISO 8601 instant with its zone; a date that does not exist (2026-02-30) is refused, not rolled over. */
export function parseInstant(text: string): number | undefined {
  const parts = ISO_INSTANT.exec(text)
  if (!parts) return undefined
  const [year, month, day, hour, minute] = parts.slice(1, 6).map(Number) as number[]
  const ms = Date.parse(text)
  const calendar = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day, hour, minute))
  const read = [
    calendar.getUTCMonth() + 1,
    calendar.getUTCDate(),
    calendar.getUTCHours(),
    calendar.getUTCMinutes(),
  ]
  const exists = read.join() === [month, day, hour, minute].join()
  return Number.isNaN(ms) || !exists ? undefined : ms
}

function catalogNow(text: string | undefined): Pick<EmulatorConfig, 'catalogNow'> {
  if (text === undefined) return {}
  const ms = parseInstant(text)
  if (ms === undefined) {
    throw new EmulatorConfigError(
      'EMULATOR_NOW',
      `expected an ISO instant such as 2026-12-01T00:00:00Z, got "${text}"`,
    )
  }
  return { catalogNow: ms }
}

function tokenFile(path: string | undefined): Pick<EmulatorConfig, 'webIdentityTokenFile'> {
  return path === undefined ? {} : { webIdentityTokenFile: path }
}

/**
 * The CVM role's keys from the instance metadata service (https://cloud.tencent.com/document/product/213/47668):
 * `…/security-credentials/` names the instance's role, `…/security-credentials/<role>` gives its temporary keys.
 * Plain node:http on a fresh connection, which no HTTP_PROXY setting reaches (the metadata address answers only
 * from inside the instance), with a 2 s deadline: the official SDK has neither, and hangs or goes through a proxy.
 */
import http from 'node:http'
import https from 'node:https'
import type { Credentials } from '../config/config.js'
import type { KeySource, TemporaryKeys } from './refresher.js'
import { readKeyFields } from './temporary-keys.js'

export const METADATA_TIMEOUT_MS = 2_000
const CREDENTIALS_PATH = '/latest/meta-data/cam/security-credentials/'

export interface CvmRoleSource {
  roleName: string | null
  metadataEndpoint: URL
}

/** A system error code such as ECONNREFUSED: safe to show, unlike a whole error message. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'network error'
}

function getText(url: URL, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`cvm-role: the metadata service ${why} (${what})`))
    const transport = url.protocol === 'https:' ? https : http
    const options = { agent: false, signal: AbortSignal.timeout(METADATA_TIMEOUT_MS) }
    const request = transport.get(url, options, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', (error) => fail(`broke off its answer: ${errorCode(error)}`))
      response.on('end', () => {
        const status = response.statusCode ?? 0
        if (status === 200) resolve(Buffer.concat(chunks).toString('utf8'))
        else fail(`at ${url.origin} answered HTTP ${status}`)
      })
    })
    request.on('error', (error) => {
      if (error.name === 'AbortError') return fail(`at ${url.origin} did not answer within 2 s`)
      fail(`at ${url.origin} could not be reached: ${errorCode(error)}`)
    })
  })
}

function credentialsUrl(endpoint: URL, roleName = ''): URL {
  const base = endpoint.href.replace(/\/+$/, '')
  return new URL(`${base}${CREDENTIALS_PATH}${encodeURIComponent(roleName)}`)
}

/** The answer's keys; a message naming what is wrong otherwise (never the body: it holds the keys). */
function parseRoleKeys(text: string, roleName: string): TemporaryKeys {
  const unusable = (why: string) =>
    new Error(`cvm-role: the metadata service sent unusable keys for "${roleName}": ${why}`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw unusable('not JSON')
  }
  const fields = readKeyFields(body, { id: 'TmpSecretId', key: 'TmpSecretKey', token: 'Token' })
  const expiredTime = (body as { ExpiredTime?: unknown }).ExpiredTime
  const code = (body as { Code?: unknown }).Code
  if (code !== undefined && code !== 'Success')
    throw unusable(`Code ${JSON.stringify(String(code).slice(0, 40))}`)
  if (typeof fields === 'string') throw unusable(fields)
  if (typeof expiredTime !== 'number' || !Number.isFinite(expiredTime)) throw unusable('no ExpiredTime')
  const credentials: Credentials = fields
  return { credentials, expiresAtMs: expiredTime * 1000, role: roleName }
}

export function cvmRoleKeySource(source: CvmRoleSource): KeySource {
  return {
    kind: 'cvm-role',
    role: source.roleName,
    async fetch() {
      // The instance's role may change (it is attached and detached in the console): ask again each time.
      const roleName =
        source.roleName ?? (await getText(credentialsUrl(source.metadataEndpoint), 'role name')).trim()
      if (roleName === '' || roleName.includes('\n')) {
        throw new Error('cvm-role: the metadata service names no role; attach a CAM role to the instance')
      }
      const text = await getText(credentialsUrl(source.metadataEndpoint, roleName), `role "${roleName}"`)
      return parseRoleKeys(text, roleName)
    },
  }
}

/**
 * The credentials file the Tencent Cloud SDKs read (INI, section `[default]`, keys `secret_id`, `secret_key`
 * and optional `token`). Lookup as the SDKs do it: `TENCENTCLOUD_CREDENTIALS_FILE` if set (Go SDK), else
 * `~/.tencentcloud/credentials`, else `/etc/tencentcloud/credentials` (Node, Python and Java SDKs).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Secret } from './secret.js'

export const SYSTEM_CREDENTIALS_PATH = '/etc/tencentcloud/credentials'

export interface FileCredentials {
  secretId: string
  secretKey: Secret
  token: Secret | null
}

export type CredentialsFileResult =
  | { kind: 'none' }
  | { kind: 'found'; path: string; credentials: FileCredentials }
  | { kind: 'invalid'; path: string; message: string }

export interface CredentialsFileSources {
  /** Value of TENCENTCLOUD_CREDENTIALS_FILE, if set. */
  explicitPath?: string
  homeDir: string
  systemPath: string
  /** The file's text, or null when it does not exist. */
  readText: (file: string) => string | null
}

/** The `key = value` pairs of one INI section; quotes around values are dropped, comments ignored. */
export function parseIniSection(text: string, section: string): Map<string, string> {
  const values = new Map<string, string>()
  let current = ''
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[(.+)\]$/.exec(line)
    if (header?.[1] !== undefined) {
      current = header[1].trim()
      continue
    }
    const equals = line.indexOf('=')
    if (current !== section || equals < 1) continue
    const value = line.slice(equals + 1).trim()
    values.set(line.slice(0, equals).trim(), value.replace(/^(["'])(.*)\1$/, '$2'))
  }
  return values
}

/** The `[default]` profile of a credentials file, or a message saying what is missing. */
export function credentialsFromIni(text: string): FileCredentials | string {
  const profile = parseIniSection(text, 'default')
  const secretId = profile.get('secret_id') ?? ''
  const secretKey = profile.get('secret_key') ?? ''
  if (secretId === '' && secretKey === '') return 'no secret_id and secret_key in [default]'
  if (secretId === '') return '[default] has secret_key but no secret_id'
  if (secretKey === '') return '[default] has secret_id but no secret_key'
  const token = profile.get('token') ?? ''
  return { secretId, secretKey: new Secret(secretKey), token: token === '' ? null : new Secret(token) }
}

export function readCredentialsFile(sources: CredentialsFileSources): CredentialsFileResult {
  const candidates = sources.explicitPath
    ? [sources.explicitPath]
    : [path.join(sources.homeDir, '.tencentcloud', 'credentials'), sources.systemPath]
  for (const file of candidates) {
    let text: string | null
    try {
      text = sources.readText(file)
    } catch (error) {
      return {
        kind: 'invalid',
        path: file,
        message: `cannot read it (${(error as NodeJS.ErrnoException).code})`,
      }
    }
    if (text === null) continue
    const credentials = credentialsFromIni(text)
    return typeof credentials === 'string'
      ? { kind: 'invalid', path: file, message: credentials }
      : { kind: 'found', path: file, credentials }
  }
  if (sources.explicitPath) return { kind: 'invalid', path: sources.explicitPath, message: 'file not found' }
  return { kind: 'none' }
}

export function readTextIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

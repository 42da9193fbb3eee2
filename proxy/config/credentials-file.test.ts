import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scratchDir } from '../test-support/harness.js'
import {
  credentialsFromIni,
  parseIniSection,
  readCredentialsFile,
  readTextIfExists,
} from './credentials-file.js'

function tempHome(contents?: string): string {
  const home = scratchDir('creds-home-')
  if (contents !== undefined) {
    mkdirSync(path.join(home, '.tencentcloud'))
    writeFileSync(path.join(home, '.tencentcloud', 'credentials'), contents)
  }
  return home
}

const missing = path.join(tmpdir(), 'no-such-dir', 'credentials')

describe('credentials file', () => {
  it('reads the [default] profile with spaces, quotes and comments', () => {
    const text =
      '# comment\n[other]\nsecret_id = X\n\n[default]\n; note\nsecret_id = AKIDabc\nsecret_key="k=ey"\r\n'
    expect(Object.fromEntries(parseIniSection(text, 'default'))).toEqual({
      secret_id: 'AKIDabc',
      secret_key: 'k=ey',
    })
  })

  it('takes an optional token, as the Node SDK does', () => {
    const credentials = credentialsFromIni('[default]\nsecret_id=AKIDabc\nsecret_key=key\ntoken=tok\n')
    expect(typeof credentials).toBe('object')
    if (typeof credentials === 'string') return
    expect(credentials.secretId).toBe('AKIDabc')
    expect(credentials.secretKey.reveal()).toBe('key')
    expect(credentials.token?.reveal()).toBe('tok')
  })

  it('says which half of the pair is missing', () => {
    expect(credentialsFromIni('[default]\nsecret_id=AKIDabc\n')).toBe(
      '[default] has secret_id but no secret_key',
    )
    expect(credentialsFromIni('[default]\nsecret_key=key\n')).toBe(
      '[default] has secret_key but no secret_id',
    )
    expect(credentialsFromIni('[other]\nsecret_id=a\nsecret_key=b\n')).toBe(
      'no secret_id and secret_key in [default]',
    )
  })

  it('looks in ~/.tencentcloud/credentials first, then the system file', () => {
    const system = path.join(
      tempHome('[default]\nsecret_id=AKIDsystem\nsecret_key=k\n'),
      '.tencentcloud',
      'credentials',
    )
    const fromHome = readCredentialsFile({
      homeDir: tempHome('[default]\nsecret_id=AKIDhome\nsecret_key=k\n'),
      systemPath: system,
      readText: readTextIfExists,
    })
    expect(fromHome.kind === 'found' && fromHome.credentials.secretId).toBe('AKIDhome')
    const fromSystem = readCredentialsFile({
      homeDir: tempHome(),
      systemPath: system,
      readText: readTextIfExists,
    })
    expect(fromSystem.kind === 'found' && fromSystem.credentials.secretId).toBe('AKIDsystem')
  })

  it('uses only the explicit file when TENCENTCLOUD_CREDENTIALS_FILE names one', () => {
    const explicit = path.join(
      tempHome('[default]\nsecret_id=AKIDexplicit\nsecret_key=k\n'),
      '.tencentcloud',
      'credentials',
    )
    const home = tempHome('[default]\nsecret_id=AKIDhome\nsecret_key=k\n')
    const found = readCredentialsFile({
      explicitPath: explicit,
      homeDir: home,
      systemPath: missing,
      readText: readTextIfExists,
    })
    expect(found.kind === 'found' && found.credentials.secretId).toBe('AKIDexplicit')
    const absent = readCredentialsFile({
      explicitPath: missing,
      homeDir: home,
      systemPath: missing,
      readText: readTextIfExists,
    })
    expect(absent).toEqual({ kind: 'invalid', path: missing, message: 'file not found' })
  })

  it('finds nothing when neither file exists', () => {
    expect(
      readCredentialsFile({ homeDir: tempHome(), systemPath: missing, readText: readTextIfExists }),
    ).toEqual({
      kind: 'none',
    })
  })

  it('reports a file it cannot read instead of crashing', () => {
    const result = readCredentialsFile({
      homeDir: tempHome(),
      systemPath: missing,
      readText: () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' })
      },
    })
    expect(result).toMatchObject({ kind: 'invalid', message: 'cannot read it (EACCES)' })
  })
})

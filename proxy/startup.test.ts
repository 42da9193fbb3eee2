import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { loadConfig } from './config/config.js'
import { closeOnSignals, maskSecretId, SAME_SIGNAL_MS, startupLine } from './startup.js'
import { emptySources, FAKE, liveConfig } from './test-support/harness.js'

describe('start-up line', () => {
  it('names demo mode', () => {
    expect(startupLine(loadConfig({}, emptySources()), 8080)).toBe(
      'CVM Image Browser on http://127.0.0.1:8080/ (demo mode: built-in DescribeImages emulator)',
    )
  })

  it('names the masked SecretId in live mode, and no secret', () => {
    const line = startupLine(liveConfig('https://image.api.qcloud.com/v2/index.php'), 4390)
    expect(line).toBe(`CVM Image Browser on http://127.0.0.1:4390/ (signing for SecretId AKID…Fake)`)
    expect(line).not.toContain(FAKE.secretId)
    expect(maskSecretId('short')).toBe('…')
  })

  it('names API 3.0 when it is in use', () => {
    expect(startupLine(loadConfig({ TENCENTCLOUD_API: 'v3' }, emptySources()), 8080)).toBe(
      'CVM Image Browser on http://127.0.0.1:8080/ (demo mode: built-in DescribeImages emulator, API 3.0)',
    )
    const live = liveConfig('https://cvm.tencentcloudapi.com/', { TENCENTCLOUD_API: 'v3' })
    expect(startupLine(live, 4390)).toBe(
      'CVM Image Browser on http://127.0.0.1:4390/ (signing for SecretId AKID…Fake, API 3.0)',
    )
  })
})

describe('start-up line with sign-in', () => {
  it.each([
    [
      {
        AUTH: 'oidc',
        OIDC_ISSUER: 'https://sso.example.com/realms/ops',
        OIDC_CLIENT_ID: 'cvm',
        OIDC_CLIENT_SECRET: 'client-secret-must-not-show',
        PUBLIC_URL: 'https://images.example.com',
        OIDC_ALLOWED_GROUPS: 'ops',
        SESSION_SECRET: 'session-secret-must-not-show-0123456789',
      },
      ', sign-in through sso.example.com for https://images.example.com)',
    ],
    [
      { AUTH: 'header', AUTH_USER_HEADER: 'X-Forwarded-Email', TRUST_PROXY: '10.0.0.5' },
      ', users named by x-forwarded-email from 10.0.0.5)',
    ],
  ])('names how people sign in, and no secret', (env, ending) => {
    const line = startupLine(loadConfig(env, emptySources()), 8080)
    expect(line.endsWith(ending)).toBe(true)
    expect(line).not.toContain('must-not-show')
  })
})

describe('closeOnSignals', () => {
  let clock = 0
  function setup(close: () => Promise<void>) {
    const signals = new EventEmitter()
    const exits: number[] = []
    closeOnSignals(
      signals,
      close,
      (code) => exits.push(code),
      () => clock,
    )
    return { signals, exits }
  }

  it('closes once on SIGTERM, then exits 0', async () => {
    let closes = 0
    let finish = () => {}
    const { signals, exits } = setup(() => {
      closes++
      return new Promise((resolve) => {
        finish = resolve
      })
    })
    signals.emit('SIGTERM')
    expect(closes).toBe(1)
    expect(exits).toEqual([])
    finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(exits).toEqual([0])
  })

  it('takes Ctrl+C from the terminal and from npm moments apart as one, and keeps closing', () => {
    const pending = setup(() => new Promise(() => {}))
    pending.signals.emit('SIGINT')
    clock += 50
    pending.signals.emit('SIGINT')
    expect(pending.exits).toEqual([])
  })

  it('exits 1 at once on a later second signal, and 1 when closing fails', async () => {
    const pending = setup(() => new Promise(() => {}))
    pending.signals.emit('SIGINT')
    clock += SAME_SIGNAL_MS
    pending.signals.emit('SIGINT')
    expect(pending.exits).toEqual([1])
    const failing = setup(() => Promise.reject(new Error('close failed')))
    failing.signals.emit('SIGTERM')
    await new Promise((resolve) => setImmediate(resolve))
    expect(failing.exits).toEqual([1])
  })
})

import { describe, expect, it } from 'vitest'
import { DEFAULT_CUSTOM_IMAGES, MAX_CUSTOM_IMAGES } from './catalog/catalog.js'
import {
  DEMO_SECRET_ID,
  DEMO_SECRET_KEY,
  EmulatorConfigError,
  type EmulatorEnv,
  loadEmulatorConfig,
} from './config.js'

const load = (env: EmulatorEnv) => loadEmulatorConfig(env, { port: 9090 })

function refusedVariable(env: EmulatorEnv): string {
  try {
    load(env)
  } catch (error) {
    if (error instanceof EmulatorConfigError) return error.variable
    throw error
  }
  throw new Error('the configuration was accepted')
}

describe('loadEmulatorConfig', () => {
  it('answers with the demo pair, the default catalog and the given port when nothing is set', () => {
    expect(load({})).toEqual({
      port: 9090,
      credentials: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
      customImages: DEFAULT_CUSTOM_IMAGES,
      instances: 300,
      deny: [],
      faults: false,
      maxRps: 40,
      credentialTtlSeconds: 3600,
    })
  })

  it('reads every variable', () => {
    const config = load({
      EMULATOR_PORT: '4391',
      EMULATOR_SECRET_ID: 'AKIDemu',
      EMULATOR_SECRET_KEY: 'emu-key',
      EMULATOR_SESSION_TOKEN: 'emu-token',
      EMULATOR_IMAGES: '500',
      EMULATOR_INSTANCES: '1000',
      EMULATOR_DENY: 'DescribeImageSharePermission',
      EMULATOR_TEST_FAULTS: '1',
      EMULATOR_MAX_RPS: '0',
      EMULATOR_CREDENTIAL_TTL_S: '5',
      EMULATOR_WEB_IDENTITY_TOKEN_FILE: '/var/run/oidc/token',
      EMULATOR_NOW: '2026-12-01T08:00:00+08:00',
    })
    expect(config).toEqual({
      port: 4391,
      credentials: { secretId: 'AKIDemu', secretKey: 'emu-key', sessionToken: 'emu-token' },
      customImages: 500,
      instances: 1000,
      deny: ['DescribeImageSharePermission'],
      faults: true,
      maxRps: 0,
      credentialTtlSeconds: 5,
      webIdentityTokenFile: '/var/run/oidc/token',
      catalogNow: Date.UTC(2026, 11, 1),
    })
  })

  it('reads EMULATOR_NOW as an instant, with or without seconds', () => {
    expect(load({ EMULATOR_NOW: '2026-12-01T00:00:00Z' }).catalogNow).toBe(Date.UTC(2026, 11, 1))
    expect(load({ EMULATOR_NOW: '2026-12-01T00:30Z' }).catalogNow).toBe(Date.UTC(2026, 11, 1, 0, 30))
    expect(load({ EMULATOR_NOW: '2026-12-01T00:00:00.250Z' }).catalogNow).toBe(Date.UTC(2026, 11, 1) + 250)
  })

  it('says what EMULATOR_NOW should look like when it is not an instant', () => {
    expect(() => load({ EMULATOR_NOW: 'yesterday' })).toThrow(
      'EMULATOR_NOW: expected an ISO instant such as 2026-12-01T00:00:00Z, got "yesterday"',
    )
  })

  it('counts empty and blank values as unset', () => {
    expect(load({ EMULATOR_PORT: '', EMULATOR_SECRET_ID: ' ', EMULATOR_IMAGES: '' })).toEqual(load({}))
  })

  it('refuses one half of the key pair, naming the missing half', () => {
    expect(refusedVariable({ EMULATOR_SECRET_ID: 'AKIDemu' })).toBe('EMULATOR_SECRET_KEY')
    expect(refusedVariable({ EMULATOR_SECRET_KEY: 'emu-key' })).toBe('EMULATOR_SECRET_ID')
  })

  it.each([
    ['EMULATOR_PORT', 'x'],
    ['EMULATOR_PORT', '65536'],
    ['EMULATOR_PORT', '-1'],
    ['EMULATOR_IMAGES', String(MAX_CUSTOM_IMAGES + 1)],
    ['EMULATOR_IMAGES', '1e3'],
    ['EMULATOR_TEST_FAULTS', 'yes'],
    ['EMULATOR_MAX_RPS', '2.5'],
    ['EMULATOR_CREDENTIAL_TTL_S', '0'],
    ['EMULATOR_CREDENTIAL_TTL_S', '43201'],
    ['EMULATOR_INSTANCES', '100001'],
    ['EMULATOR_DENY', 'DescribeInstances,RunInstances'],
    ['EMULATOR_NOW', '2026-12-01'],
    ['EMULATOR_NOW', '2026-12-01T00:00:00'],
    ['EMULATOR_NOW', '2026-02-30T00:00:00Z'],
    ['EMULATOR_NOW', '2026-13-01T00:00:00Z'],
    ['EMULATOR_NOW', '2026-12-01T24:00:00Z'],
    ['EMULATOR_NOW', '1796083200000'],
  ])('refuses %s=%j', (name, value) => {
    expect(refusedVariable({ [name]: value })).toBe(name)
  })

  it('reads EMULATOR_INSTANCES and the comma-separated EMULATOR_DENY, a few hundred instances and no denial by default', () => {
    expect(load({})).toMatchObject({ instances: 300, deny: [] })
    const config = load({
      EMULATOR_INSTANCES: '0',
      EMULATOR_DENY: ' DescribeInstances, DescribeImageQuota,,',
    })
    expect(config).toMatchObject({ instances: 0, deny: ['DescribeInstances', 'DescribeImageQuota'] })
  })
})

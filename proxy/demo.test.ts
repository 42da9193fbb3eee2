import { describe, expect, it } from 'vitest'
import { DEMO_SECRET_ID } from '../emulator/config.js'
import { ConfigError, loadConfig } from './config/config.js'
import { Secret } from './config/secret.js'
import { loadDemoSettings, pointAtEmulator, startDemoEmulator } from './demo.js'
import { emptySources, FAKE } from './test-support/harness.js'

describe('demo settings', () => {
  it('reads EMULATOR_* with the emulator’s own rules, on an ephemeral port by default', () => {
    expect(loadDemoSettings({}).port).toBe(0)
    const settings = loadDemoSettings({
      EMULATOR_PORT: '4391',
      EMULATOR_SECRET_ID: 'AKIDemu',
      EMULATOR_SECRET_KEY: FAKE.secretKey,
      EMULATOR_IMAGES: '500',
    })
    expect(settings).toMatchObject({ port: 4391, customImages: 500 })
    expect(settings.credentials).toEqual({ secretId: 'AKIDemu', secretKey: FAKE.secretKey })
  })

  it('refuses a lone EMULATOR_SECRET_ID as a configuration error naming the missing half', () => {
    expect(() => loadDemoSettings({ EMULATOR_SECRET_ID: 'AKIDemu' })).toThrow(ConfigError)
    expect(() => loadDemoSettings({ EMULATOR_SECRET_ID: 'AKIDemu' })).toThrow(/^EMULATOR_SECRET_KEY: /)
  })
})

describe('demo wiring', () => {
  const emulator = {
    endpoint: 'http://127.0.0.1:5000/v2/index.php',
    v3Endpoint: 'http://127.0.0.1:5000/',
  }
  const credentials = { secretId: 'AKIDdemo', secretKey: new Secret('k'), token: null }

  it('points the upstream at the emulator with its credentials, keeping demo mode', () => {
    const config = pointAtEmulator(loadConfig({}, emptySources()), emulator, credentials)
    expect(config.mode).toBe('demo')
    expect(config.endpoint.href).toBe(emulator.endpoint)
    expect(config.credentialSource).toEqual({ kind: 'demo', credentials })
  })

  it("points API 3.0 at the emulator's 3.0 endpoint, signing with TC3", () => {
    const config = pointAtEmulator(
      loadConfig({ TENCENTCLOUD_API: 'v3' }, emptySources()),
      emulator,
      credentials,
    )
    expect(config.endpoint.href).toBe(emulator.v3Endpoint)
    expect(config.signatureMethod).toBe('TC3-HMAC-SHA256')
  })

  it('starts the emulator and signs for it with its pair and session token', async () => {
    const settings = loadDemoSettings({ EMULATOR_SESSION_TOKEN: FAKE.token })
    const demo = await startDemoEmulator(loadConfig({}, emptySources()), settings, { faults: false })
    try {
      expect(demo.config.endpoint.href).toBe(demo.emulator.endpoint)
      const source = demo.config.credentialSource
      const credentials = source?.kind === 'demo' ? source.credentials : null
      expect(credentials?.secretId).toBe(DEMO_SECRET_ID)
      expect(credentials?.token?.reveal()).toBe(FAKE.token)
    } finally {
      await demo.emulator.close()
    }
  })
})

import { describe, expect, it } from 'vitest'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '../config.js'
import { buildEmulator } from '../server.js'
import { injectCall } from '../test-support/test-client.js'
import { injectV3Call, type V3CallOptions } from '../test-support/test-client-v3.js'

const credentials = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }
const NOW_S = 1_790_000_000

function setup() {
  const emulator = buildEmulator({ ...credentials, customImages: 10, now: () => NOW_S * 1000 })
  const v3 = (body: unknown, options: V3CallOptions = {}) =>
    injectV3Call(emulator.app, credentials, body, { timestamp: NOW_S, ...options })
  return { ...emulator, v3 }
}

describe('DescribeRegions on the 3.0 endpoint', () => {
  it('answers RegionSet with Chinese names and AVAILABLE, as the documented example does', async () => {
    const { v3 } = setup()
    const body = (await v3({}, { action: 'DescribeRegions' })).json().Response
    expect(body.TotalCount).toBe(body.RegionSet.length)
    expect(body.RegionSet).toContainEqual({
      Region: 'ap-guangzhou',
      RegionName: '华南地区(广州)',
      RegionState: 'AVAILABLE',
    })
    expect(body.RegionSet.map((row: { Region: string }) => row.Region)).toContain('ap-qingyuan')
    expect(body.RequestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('checks the signature like any call, and takes no parameters', async () => {
    const { v3 } = setup()
    const forged = await v3({}, { action: 'DescribeRegions', secretKey: 'another-key' })
    expect(forged.json().Response.Error.Code).toBe('AuthFailure.SignatureFailure')
    const withParams = await v3({ Limit: 1 }, { action: 'DescribeRegions' })
    expect(withParams.json().Response.Error.Code).toBe('UnknownParameter')
  })

  it('is not taken by the faults aimed at DescribeImages', async () => {
    const { v3, faults } = setup()
    faults.failNext(1, { kind: 'error', code: 'InternalError' })
    expect((await v3({}, { action: 'DescribeRegions' })).json().Response.RegionSet).toBeDefined()
    expect((await v3({})).json().Response.Error.Code).toBe('InternalError')
  })
})

describe('regions on both endpoints', () => {
  it('serves a region newer than the built-in list, and refuses one it does not have', async () => {
    const { app, v3 } = setup()
    expect((await v3({}, { region: 'ap-qingyuan' })).json().Response.TotalCount).toBeGreaterThan(0)
    const legacy = (region: string, nonce: string) =>
      injectCall(app, credentials, [['Region', region]], { timestamp: NOW_S, nonce })
    expect((await legacy('ap-beijing-fsi', 'n1')).json().Response.TotalCount).toBeGreaterThan(0)
    expect((await legacy('ap-mars', 'n2')).json().Response.Error.Code).toBe('InvalidRegion.NotFound')
    expect((await v3({}, { region: 'ap-mars' })).json().Response.Error.Code).toBe('InvalidRegion.NotFound')
  })

  it('refuses InstanceType on the legacy endpoint, which has no such parameter', async () => {
    const { app } = setup()
    const response = await injectCall(app, credentials, [['InstanceType', 'S5.MEDIUM2']], {
      timestamp: NOW_S,
      nonce: 'n3',
    })
    expect(response.json().Response.Error.Code).toBe('UnknownParameter')
  })
})

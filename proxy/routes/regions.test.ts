import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { liveConfig, scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import { errorBody, json, startTestUpstream, type TestUpstream } from '../test-support/test-upstream.js'
import { fakeEmulatorForSuite } from '../test-support/upstream-fixtures.js'
import { REGIONS_TTL_MS } from './regions.js'

scanForSecretsAfterAll()

const emulator = fakeEmulatorForSuite()
const regionsOf = (body: string) =>
  JSON.parse(body).Response.RegionSet as { Region: string; RegionName: string; RegionState: string }[]

describe('GET /api/regions with TENCENTCLOUD_API=v3', () => {
  const proxy = (env: Record<string, string> = {}) =>
    startTestApp(liveConfig(emulator.emulator.v3Endpoint, { TENCENTCLOUD_API: 'v3', ...env }), {
      fetch: emulator.transport.fetch,
      random: () => 0,
    })

  it('answers DescribeRegions, Chinese names included, and keeps it for an hour', async () => {
    const { inject } = await proxy()
    const response = await inject('/api/regions')
    expect(response.statusCode).toBe(200)
    expect(response.headers['x-regions-source']).toBe('describe-regions')
    const regions = regionsOf(response.body)
    expect(regions).toContainEqual({
      Region: 'ap-guangzhou',
      RegionName: '华南地区(广州)',
      RegionState: 'AVAILABLE',
    })
    expect(regions.map((row) => row.Region)).toContain('ap-qingyuan')
    expect(JSON.parse(response.body).Response.TotalCount).toBe(regions.length)
    await inject('/api/regions')
    expect(emulator.transport.calls).toHaveLength(1)
  })

  it('falls back to the built-in list when DescribeRegions is refused, and tries again next time', async () => {
    const { inject } = await proxy({ TENCENTCLOUD_SECRET_KEY: 'SK-wrong' })
    const response = await inject('/api/regions')
    expect(response.statusCode).toBe(200)
    expect(response.headers['x-regions-source']).toBe('built-in')
    expect(regionsOf(response.body)).toContainEqual({
      Region: 'ap-guangzhou',
      RegionName: '华南地区(广州)',
      RegionState: 'AVAILABLE',
    })
    expect(regionsOf(response.body).map((row) => row.Region)).not.toContain('ap-qingyuan')
    await inject('/api/regions')
    expect(emulator.transport.calls).toHaveLength(2)
  })
})

describe('GET /api/regions, its cache and its fallbacks', () => {
  let upstream: TestUpstream
  beforeAll(async () => {
    upstream = await startTestUpstream()
  })
  afterEach(() => upstream.reset())
  afterAll(() => upstream.close())

  const answer = (...ids: string[]) =>
    JSON.stringify({
      Response: {
        TotalCount: ids.length,
        RegionSet: ids.map((Region) => ({ Region, RegionName: Region, RegionState: 'AVAILABLE' })),
        RequestId: 'regions-1',
      },
    })

  it('asks again once the hour is over', async () => {
    let now = 1_000_000
    const config = liveConfig(upstream.endpoint, { TENCENTCLOUD_API: 'v3' })
    const { inject } = await startTestApp(config, { now: () => now, random: () => 0 })
    upstream.respondWith(json(answer('ap-guangzhou', 'ap-qingyuan')))
    expect(regionsOf((await inject('/api/regions')).body)).toHaveLength(2)
    upstream.respondWith(json(answer('ap-guangzhou', 'ap-qingyuan', 'ap-newcity')))
    now += REGIONS_TTL_MS - 1
    expect(regionsOf((await inject('/api/regions')).body)).toHaveLength(2)
    now += 2
    expect(regionsOf((await inject('/api/regions')).body)).toHaveLength(3)
    expect(upstream.calls).toHaveLength(2)
    expect(upstream.calls[0]?.headers['x-tc-action']).toBe('DescribeRegions')
  })

  it('drops malformed rows, and falls back when nothing usable is left or the call keeps failing', async () => {
    const config = liveConfig(upstream.endpoint, { TENCENTCLOUD_API: 'v3' })
    const { inject } = await startTestApp(config, { random: () => 0 })
    upstream.respondWith(json(answer('ap-guangzhou', 'Not A Region')))
    expect(regionsOf((await inject('/api/regions')).body).map((row) => row.Region)).toEqual(['ap-guangzhou'])
    const fresh = await startTestApp(config, { random: () => 0 })
    upstream.respondWith(json(errorBody('InternalError', 'down')))
    const response = await fresh.inject('/api/regions')
    expect(response.headers['x-regions-source']).toBe('built-in')
  })

  it('answers the built-in list in legacy mode without calling anything', async () => {
    const { inject } = await startTestApp(liveConfig(upstream.endpoint), { random: () => 0 })
    const response = await inject('/api/regions')
    expect(response.headers['x-regions-source']).toBe('built-in')
    expect(regionsOf(response.body).length).toBeGreaterThan(20)
    expect(upstream.calls).toHaveLength(0)
  })
})

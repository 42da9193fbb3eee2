import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../../emulator/server.js'
import { FAKE, liveConfig, scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import { fakeEmulatorForSuite, recordingFetch } from '../test-support/upstream-fixtures.js'

scanForSecretsAfterAll()

const upstream = fakeEmulatorForSuite()
const calls = upstream.transport.calls

/** The emulator's legacy endpoint under another host name: proof of which endpoint a legacy call went to. */
const instanceEndpointOf = (emulator: RunningEmulator) => emulator.endpoint.replace('127.0.0.1', 'localhost')

async function proxy(api: 'legacy' | 'v3', env: Record<string, string> = {}) {
  const { emulator } = upstream
  const config = liveConfig(api === 'v3' ? emulator.v3Endpoint : emulator.endpoint, {
    TENCENTCLOUD_API: api,
    INSTANCE_API_ENDPOINT: instanceEndpointOf(emulator),
    CACHE_TTL_MS: '30000',
    ...env,
  })
  return startTestApp(config, { fetch: upstream.transport.fetch, random: () => 0 })
}

/** An image of the emulator's catalogue, by type, asked through the proxy. */
async function imageId(inject: Awaited<ReturnType<typeof proxy>>['inject'], type: string, index = 0) {
  const response = await inject(
    `/api/DescribeImages?Limit=100&Filters.0.Name=image-type&Filters.0.Values.0=${type}`,
  )
  return response.json().Response.ImageSet[index].ImageId as string
}

describe.each(['legacy', 'v3'] as const)('the read-only actions with TENCENTCLOUD_API=%s', (api) => {
  it('pages DescribeInstances at the right endpoint, signed, and answers the second call from the cache', async () => {
    const { inject } = await proxy(api)
    const first = await inject('/api/DescribeInstances?Limit=100')
    expect(first.statusCode).toBe(200)
    expect(first.headers['x-cache']).toBe('MISS')
    const body = first.json().Response
    expect(body.TotalCount).toBeGreaterThan(200)
    expect(body.InstanceSet).toHaveLength(100)
    expect(body.InstanceSet[0]).toMatchObject({
      InstanceId: expect.stringMatching(/^ins-/),
      ImageId: expect.stringMatching(/^img-/),
    })
    const [call] = calls
    if (api === 'v3') expect(call).toMatchObject({ method: 'POST', url: upstream.emulator.v3Endpoint })
    else
      expect(call?.url).toMatch(
        new RegExp(`^${instanceEndpointOf(upstream.emulator)}\\?.*Action=DescribeInstances`),
      )
    const again = await inject('/api/DescribeInstances?Offset=0&Limit=100')
    expect(again.headers['x-cache']).toBe('HIT')
    expect(again.body).toBe(first.body)
    expect(calls).toHaveLength(1)
  })

  it('lists an image’s share permissions in the 3.0 names, and refuses a public image as Tencent does', async () => {
    const { inject } = await proxy(api)
    const ids = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6, 7].map((index) => imageId(inject, 'PRIVATE_IMAGE', index)),
    )
    const answers = await Promise.all(
      ids.map((id) => inject(`/api/DescribeImageSharePermission?ImageId=${id}`)),
    )
    expect(answers.map((answer) => answer.statusCode)).toEqual(ids.map(() => 200))
    const shares = answers.flatMap((answer) => answer.json().Response.SharePermissionSet)
    expect(shares.length).toBeGreaterThan(0)
    for (const share of shares) expect(Object.keys(share).sort()).toEqual(['AccountId', 'CreatedTime'])
    expect(answers[0]?.json().Response.RequestId).toEqual(expect.any(String))
    const publicImage = await inject(
      `/api/DescribeImageSharePermission?ImageId=${await imageId(inject, 'PUBLIC_IMAGE')}`,
    )
    expect(publicImage.statusCode).toBe(400)
    expect(publicImage.json().Response.Error.Code).toBe('UnauthorizedOperation.ImageNotBelongToAccount')
  })

  it.each([
    ['DescribeInstances?Filters.0.Name=image-id&Filters.0.Values.0=img-aaaaaaaa', 400, 'InvalidFilter'],
    [
      'DescribeInstances?InstanceIds.0=ins-aaaaaaaa&Filters.0.Name=zone&Filters.0.Values.0=ap-guangzhou-3',
      400,
      'InvalidParameter',
    ],
    ['DescribeInstances?Limit=0', 400, 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['DescribeInstances?Limit=101', 400, 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['DescribeImageSharePermission', 400, 'MissingParameter'],
    ['DescribeImageSharePermission?ImageId=img-XYZ', 400, 'InvalidImageId.Malformed'],
    ['RunInstances?ImageId=img-aaaaaaaa', 400, 'UnsupportedOperation.ReadOnly'],
    ['TerminateInstances?InstanceIds.0=ins-aaaaaaaa', 400, 'UnsupportedOperation.ReadOnly'],
    ['ModifyImageSharePermission?ImageId=img-aaaaaaaa', 400, 'UnsupportedOperation.ReadOnly'],
    ['DescribeSecurityGroups', 400, 'InvalidAction'],
  ])('refuses /api/%s with %i %s before any upstream call', async (path, status, code) => {
    const { inject } = await proxy(api)
    const response = await inject(`/api/${path}`)
    expect(response.statusCode).toBe(status)
    expect(response.json().Response.Error.Code).toBe(code)
    expect(calls).toHaveLength(0)
  })

  it('refuses a POST before any upstream call', async () => {
    const { inject } = await proxy(api)
    const response = await inject({ method: 'POST', url: '/api/DescribeInstances', payload: {} })
    expect(response.statusCode).toBe(405)
    expect(calls).toHaveLength(0)
  })
})

describe('DescribeImageQuota', () => {
  it('answers the quota in API 3.0, and is refused as an API 3.0 action in legacy mode', async () => {
    const v3 = await proxy('v3')
    const quota = await v3.inject('/api/DescribeImageQuota')
    expect(quota.statusCode).toBe(200)
    expect(quota.json().Response.ImageNumQuota).toBe(500)
    expect(calls).toMatchObject([{ method: 'POST' }])
    const legacy = await proxy('legacy')
    const refused = await legacy.inject('/api/DescribeImageQuota')
    expect(refused.statusCode).toBe(400)
    expect(refused.json().Response.Error).toEqual({
      Code: 'UnsupportedOperation.LegacyApi',
      Message: expect.stringContaining('API 3.0'),
    })
    expect(calls).toHaveLength(1)
  })
})

describe('an action the keys may not call', () => {
  let denying: RunningEmulator
  beforeAll(async () => {
    denying = await startEmulator({
      secretId: FAKE.secretId,
      secretKey: FAKE.secretKey,
      sessionToken: FAKE.token,
      deny: ['DescribeInstances', 'DescribeImageQuota'],
    })
  })
  afterAll(() => denying.close())

  it.each(['legacy', 'v3'] as const)(
    'is explained with its CAM action in %s mode, and not cached',
    async (api) => {
      const transport = recordingFetch()
      const endpoint = api === 'v3' ? denying.v3Endpoint : denying.endpoint
      const env = { TENCENTCLOUD_API: api, INSTANCE_API_ENDPOINT: denying.endpoint, CACHE_TTL_MS: '30000' }
      const { inject } = await startTestApp(liveConfig(endpoint, env), { fetch: transport.fetch })
      for (const attempt of [1, 2]) {
        const response = await inject('/api/DescribeInstances')
        expect(response.statusCode).toBe(403)
        expect(response.headers['x-cam-action']).toBe('cvm:DescribeInstances')
        const { Error: error, RequestId } = response.json().Response
        expect(error.Code).toBe(api === 'v3' ? 'AuthFailure.UnauthorizedOperation' : 'AuthFailure')
        expect(error.Message).toContain("The proxy's keys need the CAM permission cvm:DescribeInstances")
        expect(RequestId).toEqual(expect.any(String))
        expect(transport.calls).toHaveLength(attempt)
      }
      const allowed = await inject('/api/DescribeImageSharePermission?ImageId=img-aaaaaaaa')
      expect(allowed.json().Response.Error.Code).toBe('InvalidImageId.NotFound')
    },
  )
})

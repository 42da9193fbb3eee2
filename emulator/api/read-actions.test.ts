import { describe, expect, it } from 'vitest'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '../config.js'
import { buildEmulator } from '../server.js'
import { injectCall } from '../test-support/test-client.js'
import { injectV3Call } from '../test-support/test-client-v3.js'

const credentials = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }
const NOW_S = 1_790_000_000

function setup(deny: string[] = []) {
  const { app } = buildEmulator({
    ...credentials,
    customImages: 40,
    instances: 150,
    deny,
    now: () => NOW_S * 1000,
  })
  let nonce = 0
  return {
    v3: async (action: string, body: unknown) =>
      (await injectV3Call(app, credentials, body, { timestamp: NOW_S, action })).json().Response,
    legacy: async (action: string, params: [string, string][]) =>
      (
        await injectCall(app, credentials, [['Region', 'ap-guangzhou'], ...params], {
          timestamp: NOW_S,
          nonce: ++nonce,
          action,
        })
      ).json().Response,
  }
}

async function imageOfType(v3: ReturnType<typeof setup>['v3'], type: string): Promise<string> {
  const answer = await v3('DescribeImages', { Filters: [{ Name: 'image-type', Values: [type] }], Limit: 100 })
  return answer.ImageSet[0].ImageId
}

describe('DescribeInstances on both endpoints', () => {
  it('pages the region’s fleet in 3.0 and legacy alike, and refuses image-id with InvalidFilter', async () => {
    const { v3, legacy } = setup()
    const first = await v3('DescribeInstances', { Limit: 100 })
    expect(first.TotalCount).toBe(150)
    expect(first.InstanceSet).toHaveLength(100)
    expect((await v3('DescribeInstances', { Offset: 100, Limit: 100 })).InstanceSet).toHaveLength(50)
    const byLegacy = await legacy('DescribeInstances', [['Limit', '100']])
    expect(byLegacy.InstanceSet).toEqual(first.InstanceSet)
    const byId = await v3('DescribeInstances', { InstanceIds: [first.InstanceSet[3].InstanceId] })
    expect(byId.InstanceSet).toEqual([first.InstanceSet[3]])
    const imageId = await v3('DescribeInstances', {
      Filters: [{ Name: 'image-id', Values: ['img-aaaaaaaa'] }],
    })
    expect(imageId.Error.Code).toBe('InvalidFilter')
    const state = await legacy('DescribeInstances', [
      ['Filters.0.Name', 'instance-state'],
      ['Filters.0.Values.0', 'RUNNING'],
    ])
    expect(state.Error.Code).toBe('InvalidFilter')
  })
})

describe('DescribeImageSharePermission and DescribeImageQuota', () => {
  it('lists a custom image’s accounts, in 3.0 names and in the legacy ones', async () => {
    const { v3, legacy } = setup()
    const images = await v3('DescribeImages', {
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 100,
    })
    const answers = await Promise.all(
      images.ImageSet.map((image: { ImageId: string }) =>
        v3('DescribeImageSharePermission', { ImageId: image.ImageId }),
      ),
    )
    const sharedIndex = answers.findIndex((answer) => answer.SharePermissionSet.length > 0)
    expect(sharedIndex).toBeGreaterThanOrEqual(0)
    expect(answers.some((answer) => answer.SharePermissionSet.length === 0)).toBe(true)
    const [share] = answers[sharedIndex].SharePermissionSet
    expect(share).toEqual({ AccountId: expect.stringMatching(/^\d+$/), CreatedTime: expect.any(String) })
    const old = await legacy('DescribeImageSharePermission', [
      ['ImageId', images.ImageSet[sharedIndex].ImageId],
    ])
    expect(old.SharePermissionSet[0]).toEqual({ Account: share.AccountId, CreatedTime: share.CreatedTime })
    expect(old.RequestID).toEqual(expect.any(String))
  })

  it('refuses a public image, an unknown one and a malformed one as the documents say', async () => {
    const { v3 } = setup()
    const publicImage = await imageOfType(v3, 'PUBLIC_IMAGE')
    const codes = await Promise.all(
      [publicImage, 'img-zzzzzzzz', 'img-1'].map(
        async (ImageId) => (await v3('DescribeImageSharePermission', { ImageId })).Error.Code,
      ),
    )
    expect(codes).toEqual([
      'UnauthorizedOperation.ImageNotBelongToAccount',
      'InvalidImageId.NotFound',
      'InvalidImageId.Malformed',
    ])
  })

  it('answers the quota in 3.0 only', async () => {
    const { v3, legacy } = setup()
    expect((await v3('DescribeImageQuota', {})).ImageNumQuota).toBe(500)
    expect((await v3('DescribeImageQuota', { Limit: 1 })).Error.Code).toBe('UnknownParameter')
    expect((await legacy('DescribeImageQuota', [])).Error.Code).toBe('InvalidAction.NotFound')
  })
})

describe('EMULATOR_DENY', () => {
  it('answers the named actions with the permission error naming the CAM action, and nothing else', async () => {
    const { v3, legacy } = setup(['DescribeInstances', 'DescribeImageQuota', 'DescribeRegions'])
    const refused = await v3('DescribeInstances', {})
    expect(refused.Error).toEqual({
      Code: 'AuthFailure.UnauthorizedOperation',
      Message: expect.stringContaining('cvm:DescribeInstances'),
    })
    expect((await legacy('DescribeInstances', [])).Error.Code).toBe('AuthFailure')
    expect((await v3('DescribeImageQuota', {})).Error.Code).toBe('AuthFailure.UnauthorizedOperation')
    expect((await v3('DescribeRegions', {})).Error.Message).toContain('cvm:DescribeRegions')
    expect((await v3('DescribeImages', { Limit: 1 })).ImageSet).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { admitReadCall, READ_ACTIONS } from './read-actions.js'

type Case = [method: string, name: string, family: 'legacy' | 'v3', status: number, code: string]
const refused: Case[] = [
  ['POST', 'DescribeInstances', 'v3', 405, 'UnsupportedOperation'],
  ['DELETE', 'DescribeImageQuota', 'v3', 405, 'UnsupportedOperation'],
  ['GET', 'RunInstances', 'v3', 400, 'UnsupportedOperation.ReadOnly'],
  ['GET', 'TerminateInstances', 'v3', 400, 'UnsupportedOperation.ReadOnly'],
  ['GET', 'DeleteImages', 'legacy', 400, 'UnsupportedOperation.ReadOnly'],
  ['GET', 'ModifyImageSharePermission', 'v3', 400, 'UnsupportedOperation.ReadOnly'],
  ['GET', 'DescribeSecurityGroups', 'v3', 400, 'InvalidAction'],
  ['GET', 'DescribeRegions', 'v3', 400, 'InvalidAction'],
  ['GET', 'DescribeImageQuota', 'legacy', 400, 'UnsupportedOperation.LegacyApi'],
]

describe('admitReadCall', () => {
  it.each(refused)('refuses %s %s in %s mode with %i %s', (method, name, family, status, code) => {
    expect(admitReadCall(method, name, family)).toEqual({
      ok: false,
      refusal: { status, code, message: expect.any(String) },
    })
  })

  it.each([
    ['GET', 'DescribeInstances', 'legacy'],
    ['HEAD', 'DescribeImageSharePermission', 'legacy'],
    ['GET', 'DescribeImageQuota', 'v3'],
  ] as const)('lets %s %s through in %s mode', (method, name, family) => {
    expect(admitReadCall(method, name, family)).toEqual({ ok: true, action: name })
  })

  it('names the legacy API when refusing DescribeImageQuota there', () => {
    const decision = admitReadCall('GET', 'DescribeImageQuota', 'legacy')
    expect(decision.ok ? '' : decision.refusal.message).toContain('API 3.0')
  })

  it('holds each action’s documented rate and CAM action', () => {
    expect(READ_ACTIONS.DescribeInstances).toMatchObject({
      ratePerSecond: 40,
      camAction: 'cvm:DescribeInstances',
    })
    expect(READ_ACTIONS.DescribeImageSharePermission.ratePerSecond).toBe(10)
    expect(READ_ACTIONS.DescribeImageQuota).toMatchObject({ ratePerSecond: 10, legacy: null })
  })
})

import { describe, expect, it } from 'vitest'
import { ConfigError } from './env-values.js'
import { readSharedSettings } from './shared-settings.js'

function refusal(env: Record<string, string>): ConfigError {
  try {
    readSharedSettings(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('accepted')
}

describe('readSharedSettings', () => {
  it('keeps everything in memory when nothing is set', () => {
    expect(readSharedSettings({})).toEqual({ redis: null, upstreamReplicas: 1, trustProxy: false })
  })

  it('reads REDIS_URL with password and db, and never shows the password', () => {
    const { redis } = readSharedSettings({ REDIS_URL: 'rediss://:pw-9d1c@redis.internal:6380/2' })
    expect(redis?.url.reveal()).toBe('rediss://:pw-9d1c@redis.internal:6380/2')
    expect(redis?.safeUrl).toBe('rediss://redis.internal:6380/2')
    expect(redis?.prefix).toBe('cvm-image-browser:')
    expect(JSON.stringify(redis)).not.toContain('pw-9d1c')
  })

  it.each([
    ['REDIS_URL', 'http://redis:6379'],
    ['REDIS_URL', 'redis://:pw-9d1c@redis:6379/x'],
    ['REDIS_URL', 'not a url pw-9d1c'],
    ['UPSTREAM_REPLICAS', '0'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.1, proxy.example'],
  ])('refuses %s=%j without echoing a password', (name, value) => {
    const error = refusal({ REDIS_URL: 'redis://127.0.0.1:6379', [name]: value })
    expect(error.variable).toBe(name)
    expect(error.message).not.toContain('pw-9d1c')
  })

  it('refuses a REDIS_PREFIX with spaces or wildcards', () => {
    expect(refusal({ REDIS_URL: 'redis://r', REDIS_PREFIX: 'a *' }).variable).toBe('REDIS_PREFIX')
  })

  it('reads TRUST_PROXY as a list of addresses, CIDRs and proxy-addr names', () => {
    const { trustProxy } = readSharedSettings({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1 ,loopback,fd00::/8' })
    expect(trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', 'loopback', 'fd00::/8'])
  })

  it('reads a hop count as trust in that many hops, whoever they are', () => {
    const { trustProxy } = readSharedSettings({ TRUST_PROXY: '2' })
    if (typeof trustProxy !== 'function') throw new Error('expected a trust function')
    expect([0, 1, 2].map((hop) => trustProxy('192.0.2.1', hop))).toEqual([true, true, false])
    expect(readSharedSettings({ TRUST_PROXY: '0' }).trustProxy).toBe(false)
  })
})

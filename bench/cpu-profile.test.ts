import { describe, expect, it } from 'vitest'
import { packageOf, selfTimes } from './cpu-profile.js'

describe('packageOf', () => {
  it('names the package, scoped or not, our own code, or the runtime', () => {
    expect(packageOf('file:///work/main/node_modules/fastify/lib/route.js')).toBe('fastify')
    expect(packageOf('file:///work/main/node_modules/@fastify/helmet/index.js')).toBe('@fastify/helmet')
    expect(packageOf('file:///work/main/dist-server/proxy/upstream.js')).toBe('app')
    expect(packageOf('node:internal/streams/writable')).toBe('node')
    expect(packageOf('')).toBe('node')
  })
})

describe('selfTimes', () => {
  it('gives each sample the time delta that follows it', () => {
    const frame = (functionName: string) => ({ functionName, url: '', lineNumber: 0 })
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('a') },
        { id: 2, callFrame: frame('b') },
      ],
      samples: [1, 2, 1],
      timeDeltas: [0, 1000, 3000],
    }
    const times = selfTimes(profile, (node) => node.callFrame.functionName)
    expect(Object.fromEntries(times)).toEqual({ a: 1, b: 3 })
  })
})

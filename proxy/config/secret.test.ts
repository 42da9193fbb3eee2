import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { Secret } from './secret.js'

const value = 'SK-secret-test-0x5EC2E7'

describe('Secret', () => {
  it('gives its value only through reveal()', () => {
    expect(new Secret(value).reveal()).toBe(value)
  })

  it('prints as [redacted] in strings, JSON, inspect and errors', () => {
    const secret = new Secret(value)
    const printed = [
      String(secret),
      `${secret}`,
      JSON.stringify({ secret }),
      inspect({ nested: { secret } }),
      new Error(`bad ${secret}`).message,
    ]
    for (const text of printed) {
      expect(text).not.toContain(value)
      expect(text).toContain('[redacted]')
    }
  })
})
